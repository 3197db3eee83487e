package dev.handbook.cli;

import dev.handbook.bench.RebuildBench;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code handbook bench-rebuild}: times serve-mode rebuilds after no change and after a one-file change. */
@Command(name = "bench-rebuild", hidden = true, mixinStandardHelpOptions = true,
    description = "Time the rebuilds of 'serve' in one JVM: a save with no change, one chapter edited (then "
        + "restored), a full rebuild.")
public final class BenchRebuildCommand implements Callable<Integer> {
  @Mixin ContentOptions content;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (replaced).")
  Path out;

  @Option(names = "--saves", paramLabel = "N", defaultValue = "10",
      description = "Rebuilds of each kind (default: ${DEFAULT-VALUE}).")
  int saves;

  @Option(names = "--warmups", paramLabel = "N", defaultValue = "2",
      description = "Untimed saves first, as in a serve session that has run a while (default: ${DEFAULT-VALUE}).")
  int warmups;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    RebuildBench.Result result = RebuildBench.run(content.content(), content.templates(), out, saves, warmups,
        spec.commandLine().getErr());
    stdout.printf(Locale.ROOT, "first %d ms, no-change median %d ms, one-file median %d ms,"
        + " index-and-print median %d ms, full median %d ms%n", result.first(), result.medianNoChange(),
        result.medianOneFile(), result.medianBackground(), result.medianFull());
    stdout.flush();
    return ExitCodes.OK;
  }
}
