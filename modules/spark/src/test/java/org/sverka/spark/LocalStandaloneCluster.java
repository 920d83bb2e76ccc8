package org.sverka.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A Spark standalone cluster on 127.0.0.1 for tests: a master and workers of one core each, every
 * one a child JVM started as {@code spark-class} starts them
 * ({@code org.apache.spark.deploy.master.Master}, {@code org.apache.spark.deploy.worker.Worker}).
 * There is no Spark distribution on the build machine, so the cluster gets a Spark home made of
 * the test's class path: {@code SPARK_HOME/jars} links to every jar on it. sverka's own classes
 * (folders on the test class path, or {@code sverka-*.jar} under {@code mvn verify}) are not in it: they reach the executors only the way a real
 * cluster gets them, as the jars the job ships. The libraries sverka needs besides Spark are in
 * that home too, so the test cannot show that a library is missing from the shipped jars; the
 * shipped list is Maven's runtime class path, the same list {@code target/lib} is copied from.
 */
final class LocalStandaloneCluster implements AutoCloseable {
    private final Path home;
    private final Path dir;
    private final List<Process> processes = new ArrayList<>();
    private final int port;
    private final int webPort;

    /**
     * Starts the master and the workers and waits until every worker has registered.
     *
     * @param dir     a folder for the Spark home, the workers' folders and the processes' logs
     * @param workers how many workers, of one core each
     */
    LocalStandaloneCluster(Path dir, int workers) throws IOException, InterruptedException {
        this.dir = dir;
        this.home = sparkHome(dir.resolve("spark-home"));
        this.port = freePort();
        this.webPort = freePort();
        start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--webui-port", String.valueOf(webPort));
        for (int i = 1; i <= workers; i++) {
            start("worker-" + i, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1", "--memory", "2g",
                    "--webui-port", String.valueOf(freePort()), "--work-dir", Files.createDirectories(dir.resolve("work-" + i)).toString(),
                    url());
        }
        awaitWorkers(workers);
    }

    /** @return the master's URL, {@code spark://127.0.0.1:PORT} */
    String url() {
        return "spark://127.0.0.1:" + port;
    }

    /** @return the Spark home the cluster runs from */
    Path home() {
        return home;
    }

    /**
     * Starts a JVM on the Spark home's class path, as {@code spark-class} does.
     *
     * @param name      a name for its log file
     * @param mainClass the class to run
     * @param args      its arguments
     * @return the process, its standard output and error in {@code dir/NAME.log}
     */
    Process start(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", home.resolve("jars") + "/*", "-Xmx1g"));
        command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptions().split(" ")));
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    /**
     * @param name a process's name
     * @return the last lines of its log, for a failure's message
     */
    String log(String name) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(name + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process p = processes.get(i);
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Packs a folder of classes into a jar, as {@code mvn package} would.
     *
     * @param classes the folder
     * @param jar     the jar to write
     * @return the jar
     */
    static Path jar(Path classes, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Path sparkHome(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            // sverka's modules are jars on the class path under mvn verify: they too must come only as shipped jars
            boolean sverka = p.getFileName().toString().startsWith("sverka-");
            if (entry.endsWith(".jar") && !sverka && Files.isRegularFile(p) && !Files.exists(jars.resolve(p.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(p.getFileName()), p.toAbsolutePath());
            }
        }
        return home;
    }

    private void awaitWorkers(int workers) throws InterruptedException {
        Pattern alive = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
        long end = System.nanoTime() + 120_000_000_000L;
        String last = "";
        while (System.nanoTime() < end) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("a cluster process ended with " + p.exitValue() + ":\n" + log("master")
                            + "\n" + log("worker-1"));
                }
            }
            try {
                last = get(URI.create("http://127.0.0.1:" + webPort + "/json/"));
                Matcher m = alive.matcher(last);
                if (m.find() && Integer.parseInt(m.group(1)) >= workers) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the workers did not register within two minutes: " + last + "\n" + log("master"));
    }

    private static String get(URI uri) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 2000);
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + uri.getPath() + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
