package dev.handbook.cli;

import dev.handbook.check.CheckJson;
import dev.handbook.check.CheckReport;
import dev.handbook.check.Checker;
import dev.handbook.content.PathDisplay;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code handbook check}: every build diagnostic plus the content lints, without writing the site. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Report every problem of the handbook without writing the site.")
public final class CheckCommand implements Callable<Integer> {
  /** Output formats; lower case because they are typed on the command line as they are. */
  enum Format { text, json }

  @Mixin ContentOptions content;

  @Option(names = "--strict", description = "Treat warnings as errors (exit 1 when any exists).")
  boolean strict;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (diagnostics on stderr, summary on stdout) or json (one document on stdout, "
          + "schema in README). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
      description = "The output folder of the build; links into it are errors (default: ${DEFAULT-VALUE}).")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Usage.requireContentFolder(spec.commandLine(), content);
    CheckReport report = new Checker(new PathDisplay(Path.of(""))).run(content.content(), content.templates(),
        out, strict);
    PrintWriter stdout = spec.commandLine().getOut();
    if (format == Format.json) {
      stdout.print(CheckJson.write(report));
    } else {
      PrintWriter err = spec.commandLine().getErr();
      report.diagnostics().forEach(d -> err.println(d.format()));
      err.flush();
      stdout.println(report.summary());
    }
    stdout.flush();
    return report.failed() ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
  }
}
