package dev.handbook.cli;

import dev.handbook.build.BuildOptions;
import dev.handbook.build.BuildReport;
import dev.handbook.build.Pipeline;
import dev.handbook.content.PathDisplay;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code handbook build}: the whole pipeline, then the finished site swapped into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the handbook into a static site.")
public final class BuildCommand implements Callable<Integer> {
  @Mixin ContentOptions content;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
      description = "Output folder, replaced only by a finished build (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL", defaultValue = "",
      description = "URL the site is published at (overrides base_url of handbook.yml; used by sitemap.xml and 404.html).")
  String baseUrl;

  @Option(names = "--strict", description = "Treat warnings as errors (for CI).")
  boolean strict;

  @Option(names = "--quiet", description = "Print only diagnostics, no summary.")
  boolean quiet;

  @Option(names = "--explain-topics", description = "Print every section and question with its topics and why.")
  boolean explainTopics;

  @Option(names = "--timings", description = "Print how long each build step took.")
  boolean timings;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!baseUrl.isEmpty() && !baseUrl.matches("https?://[^\\s]+")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--base-url must be an http(s) URL, e.g. https://user.github.io/handbook/");
    }
    Usage.requireFolders(spec.commandLine(), content, out);
    PathDisplay display = new PathDisplay(Path.of(""));
    BuildReport report = new Pipeline(display).run(
        new BuildOptions(content.content(), content.templates(), out, strict, true, false, baseUrl));
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    DiagnosticPrinter.print(report, err);
    if (explainTopics) {
      dev.handbook.topics.TopicExplainer.lines(report.topics()).forEach(stdout::println);
      stdout.flush();
    }
    if (report.failed()) {
      err.println("handbook: build failed with " + report.errorCount() + " error(s); " + display.of(out)
          + " was left as it was");
      err.flush();
      return ExitCodes.CONTENT_ERRORS;
    }
    if (timings) {
      report.stepMillis().forEach((step, ms) -> stdout.printf(java.util.Locale.ROOT, "%-10s %6d ms%n", step, ms));
    }
    if (!quiet) {
      stdout.println(report.summary());
      stdout.println("open " + out.toAbsolutePath().normalize().resolve("index.html").toUri());
      stdout.flush();
    }
    return ExitCodes.OK;
  }
}
