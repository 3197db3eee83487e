package dev.handbook.cli;

import dev.handbook.bench.CorpusGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code handbook bench-corpus}: writes the synthetic handbook the benchmark builds (bench/run.sh). */
@Command(name = "bench-corpus", hidden = true, mixinStandardHelpOptions = true,
    description = "Write a deterministic synthetic vi/en/fa handbook of N pages, for the benchmark.")
public final class BenchCorpusCommand implements Callable<Integer> {
  @Option(names = "--pages", paramLabel = "N", required = true, description = "Number of pages, all languages.")
  int pages;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Content folder to write; must be new, empty, or an earlier corpus (replaced).")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    CorpusGenerator.Summary summary;
    try {
      summary = CorpusGenerator.generate(pages, out);
    } catch (IllegalArgumentException e) {
      err.println("handbook: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    StringBuilder perLanguage = new StringBuilder();
    summary.pagesPerLanguage().forEach((lang, n) ->
        perLanguage.append(perLanguage.length() > 0 ? ", " : "").append(lang).append(' ').append(n));
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("wrote " + summary.pages() + " pages (" + perLanguage + "), " + summary.words() + " words, "
        + summary.bytes() + " bytes into " + out);
    stdout.flush();
    return ExitCodes.OK;
  }
}
