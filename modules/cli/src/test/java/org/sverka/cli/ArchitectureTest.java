package org.sverka.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layering of sverka's modules, read from the compiled classes: a stage (extract, langid,
 * segment, align, export, index) uses only core, never another stage; the command line uses only
 * the pipeline (where the front door, {@code org.sverka.pipeline.Sverka}, builds every stage) and
 * core. A command that built an extractor or an aligner itself would fail here.
 */
class ArchitectureTest {
    static final List<String> STAGES = List.of("extract", "langid", "segment", "align", "export", "index");
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sverka");
    }

    private static String[] packagesOf(List<String> stages) {
        return stages.stream().map(s -> "org.sverka." + s + "..").toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "langid", "segment", "align", "export", "index"})
    void aStageUsesNoOtherStage(String stage) {
        List<String> others = STAGES.stream().filter(s -> !s.equals(stage)).toList();
        noClasses().that().resideInAPackage("org.sverka." + stage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(packagesOf(others))
                .because("stages depend on core only; the pipeline composes them")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theCommandLineUsesOnlyThePipelineAndCore() {
        noClasses().that().resideInAPackage("org.sverka.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(packagesOf(STAGES))
                .because("commands parse options and print; org.sverka.pipeline builds the stages")
                .check(classes);
    }

    @Test
    void theStagesAreOnTheClassPath() {
        for (String stage : Arrays.asList("extract", "langid", "segment", "align", "export")) {
            org.junit.jupiter.api.Assertions.assertFalse(classes.stream().noneMatch(c -> c.getPackageName().startsWith("org.sverka." + stage)),
                    "no class of org.sverka." + stage + " was imported, so the rules above would check nothing");
        }
    }
}
