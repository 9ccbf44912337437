package dev.bindery.codegen.cli;

import dev.bindery.codegen.CodegenException;
import dev.bindery.codegen.GeneratedFile;
import dev.bindery.codegen.Generator;
import dev.bindery.codegen.GeneratorOptions;
import dev.bindery.codegen.RefMapping;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line: {@code java -jar bindery-codegen-<version>-cli.jar --schema <file|dir> --out <dir> …}.
 * Exit codes: 0 success, 1 a schema that cannot be generated, 2 bad usage, 3 an I/O failure.
 */
public final class Main {
    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for a schema that cannot be generated. */
    public static final int SCHEMA_ERROR = 1;
    /** Exit code for bad command-line usage. */
    public static final int USAGE_ERROR = 2;
    /** Exit code for a failure to read or write files. */
    public static final int IO_ERROR = 3;

    static final String USAGE = """
            Usage: bindery-codegen --schema <file|dir> --out <dir> [options]

            Generates Java sources from a JSON Schema (draft-04 to 2020-12) or OpenAPI 3 document (JSON or YAML).

              --schema <file|dir>     the schema file, or a directory whose *.json, *.yaml and *.yml files are read together
                                      (relative $refs resolve inside it; remote $refs are never fetched)
              --out <dir>             where to write the sources (created when missing)
              --package <name>        the Java package (default: derived from the schema name)
              --style <records|classes>
                                      records: Java 17 records and sealed interfaces (default)
                                      classes: final classes with getters and setters, Java 8
              --layout <bindery|eventbridge>
                                      bindery: EventEnvelope<T> and Marshaller in one package (default)
                                      eventbridge: AWS's code-binding layout, schema.<name> packages,
                                      AWSEvent<T> and marshaller.Marshaller
              --numbers <bigdecimal|double>
                                      representation of non-integer numbers (default bigdecimal: exact)
              --schema-name <name>    the registry schema name, e.g. aws.ec2@EC2InstanceStateChangeNotification
              --schema-version <v>    the registry schema version, named in @Generated
              --root-class <Name>     the class name of the root schema
              --ref-map <url-prefix>=<path>
                                      read remote $refs under the URL prefix from a local directory or file
                                      (repeatable; e.g. https://example.com/schemas/=schemas/); files of the
                                      set are also found by their $id
              --help                  print this help

            Exit codes: 0 success, 1 schema error, 2 usage error, 3 I/O error.
            """;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the tool; returns the exit code instead of exiting. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path schema = null;
        Path outDir = null;
        GeneratorOptions options = GeneratorOptions.defaults();
        List<RefMapping> refMaps = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    out.print(USAGE);
                    return OK;
                }
                String value;
                String name = arg;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                } else {
                    if (i + 1 >= args.length) {
                        throw new UsageException("missing value for " + arg);
                    }
                    value = args[++i];
                }
                switch (name) {
                    case "--schema" -> schema = Path.of(value);
                    case "--out" -> outDir = Path.of(value);
                    case "--package" -> options = options.withPackageName(value);
                    case "--style" -> options = options.withStyle(choice(name, value, GeneratorOptions.Style.class));
                    case "--layout" -> options = options.withLayout(choice(name, value, GeneratorOptions.Layout.class));
                    case "--numbers" ->
                        options = options.withNumbers(
                                value.equalsIgnoreCase("bigdecimal")
                                        ? GeneratorOptions.Numbers.BIG_DECIMAL
                                        : choice(name, value, GeneratorOptions.Numbers.class));
                    case "--schema-name" -> options = options.withSchemaName(value);
                    case "--schema-version" -> options = options.withSchemaVersion(value);
                    case "--root-class" -> options = options.withRootClassName(value);
                    case "--ref-map" -> refMaps.add(RefMapping.parse(value, Path.of("")));
                    default -> throw new UsageException("unknown option " + arg);
                }
            }
            options = options.withRefMappings(refMaps);
            if (schema == null) {
                throw new UsageException("--schema is required");
            }
            if (outDir == null) {
                throw new UsageException("--out is required");
            }
        } catch (UsageException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("Run with --help for usage.");
            return USAGE_ERROR;
        }
        List<GeneratedFile> files;
        try {
            files = Generator.generate(schema, options);
        } catch (CodegenException e) {
            err.println("error: " + e.getMessage());
            return SCHEMA_ERROR;
        } catch (RuntimeException e) {
            err.println("error: internal error while generating from " + schema + ": " + e);
            return SCHEMA_ERROR;
        }
        try {
            for (GeneratedFile file : files) {
                Path target = outDir.resolve(file.relativePath());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            err.println("error: cannot write to " + outDir + ": " + e);
            return IO_ERROR;
        }
        out.println("Generated " + files.size() + " files from " + schema + " into " + outDir);
        return OK;
    }

    private static <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new UsageException("bad value for " + option + ": " + value);
        }
    }

    /** A command line that does not make sense. */
    private static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
