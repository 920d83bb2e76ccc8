package org.sverka.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The Spark job distributes the pipeline's per-pair function and builds no stage itself: its classes
 * use the pipeline (the front door and the corpus types) and core, never a stage package. A job that
 * made an extractor or an aligner of its own would fail here.
 */
class SparkArchitectureTest {
    @Test
    void theSparkJobUsesOnlyThePipelineAndCore() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sverka.spark");
        assertFalse(classes.isEmpty(), "no class of org.sverka.spark was imported, so the rule would check nothing");
        noClasses().that().resideInAPackage("org.sverka.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sverka.extract..", "org.sverka.langid..",
                        "org.sverka.segment..", "org.sverka.align..", "org.sverka.export..", "org.sverka.index..")
                .because("spark distributes the pipeline's per-pair function; org.sverka.pipeline builds the stages")
                .check(classes);
    }
}
