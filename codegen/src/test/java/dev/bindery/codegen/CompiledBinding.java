package dev.bindery.codegen;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Generated sources compiled with {@code javac -Xlint:all -Werror --release N} against Jackson only,
 * loaded in a fresh class loader, with reflective access to the generated {@code Marshaller}.
 */
final class CompiledBinding {
    private final URLClassLoader loader;
    private final String marshallerClass;
    private final String envelopeClass;

    private CompiledBinding(URLClassLoader loader, String marshallerClass, String envelopeClass) {
        this.loader = loader;
        this.marshallerClass = marshallerClass;
        this.envelopeClass = envelopeClass;
    }

    /**
     * Jars of Jackson 2 (databind, core, annotations, jsr310, jdk8) from the test class path: nothing else (not the
     * Jackson 3 jars, {@code tools/jackson/...}, that the benchmark-only jsonschema2pojo brings).
     */
    static List<String> jacksonClassPath() {
        String jackson3 = File.separator + "tools" + File.separator + "jackson" + File.separator;
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> !p.contains(jackson3))
                .filter(p -> p.contains("jackson-databind")
                        || p.contains("jackson-core")
                        || p.contains("jackson-annotations")
                        || p.contains("jackson-datatype-jsr310")
                        || p.contains("jackson-datatype-jdk8"))
                .collect(Collectors.toList());
    }

    /** Compiles {@code files}; fails with javac's diagnostics (warnings are errors). */
    static CompiledBinding compile(List<GeneratedFile> files, int release) {
        return compile(files, release, false);
    }

    /**
     * Compiles {@code files} and loads them over the Jackson classes of this class's own loader, as an
     * application has one Jackson: for benchmarks, so that several bindings and a plain-Jackson baseline in
     * one JVM share Jackson's JIT-compiled code instead of each warming up a copy of its own.
     */
    static CompiledBinding compileSharingJackson(List<GeneratedFile> files, int release) {
        return compile(files, release, true);
    }

    private static CompiledBinding compile(List<GeneratedFile> files, int release, boolean shareJackson) {
        try {
            Path dir = Files.createTempDirectory("bindery-codegen-");
            Path src = dir.resolve("src");
            Path out = dir.resolve("classes");
            Files.createDirectories(out);
            List<File> sources = new ArrayList<>();
            String marshaller = null;
            String envelope = null;
            for (GeneratedFile f : files) {
                Path p = src.resolve(f.relativePath());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.content(), StandardCharsets.UTF_8);
                sources.add(p.toFile());
                String className = f.relativePath().replace('/', '.').replaceAll("\\.java$", "");
                if (className.endsWith(".Marshaller")) {
                    marshaller = className;
                }
                if (className.endsWith(".AWSEvent") || className.endsWith(".EventEnvelope")) {
                    envelope = className;
                }
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm =
                    javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                List<String> options = List.of(
                        "-Xlint:all",
                        "-Werror",
                        "--release",
                        Integer.toString(release),
                        "-encoding",
                        "UTF-8",
                        "-implicit:none",
                        "-proc:none",
                        "-classpath",
                        String.join(File.pathSeparator, jacksonClassPath()),
                        "-d",
                        out.toString());
                Writer errors = new java.io.StringWriter();
                boolean ok = javac.getTask(
                                errors, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(sources))
                        .call();
                if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
                    StringBuilder b = new StringBuilder("javac --release " + release + " failed:\n" + errors);
                    diagnostics.getDiagnostics().forEach(d -> b.append(d).append('\n'));
                    throw new AssertionError(b.toString());
                }
            }
            List<URL> urls = new ArrayList<>();
            urls.add(out.toUri().toURL());
            if (shareJackson) {
                return new CompiledBinding(
                        new URLClassLoader(urls.toArray(URL[]::new), CompiledBinding.class.getClassLoader()),
                        marshaller,
                        envelope);
            }
            for (String jar : jacksonClassPath()) {
                urls.add(Path.of(jar).toUri().toURL());
            }
            URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            return new CompiledBinding(loader, marshaller, envelope);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Class<?> load(String className) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not generated: " + className, e);
        }
    }

    /** Reads {@code json} as a {@code type} with the generated marshaller. */
    Object unmarshal(String json, Class<?> type) {
        return invoke("unmarshal", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type);
    }

    /** Reads {@code json} as an envelope with a {@code detail} of {@code type}. */
    Object unmarshalEvent(String json, Class<?> detailType) {
        return invoke("unmarshalEvent", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), detailType);
    }

    /** Writes {@code value} with the generated marshaller. */
    String marshal(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        invoke("marshal", out, value);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Unmarshals then marshals {@code json} as a {@code type}. */
    String roundTrip(String json, Class<?> type) {
        return marshal(unmarshal(json, type));
    }

    String envelopeClass() {
        return envelopeClass;
    }

    private Object invoke(String name, Object... args) {
        try {
            Class<?> m = load(marshallerClass);
            for (Method method : m.getMethods()) {
                if (method.getName().equals(name)) {
                    return method.invoke(null, args);
                }
            }
            throw new AssertionError("no method " + name);
        } catch (InvocationTargetException e) {
            throw new AssertionError(name + " failed: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
