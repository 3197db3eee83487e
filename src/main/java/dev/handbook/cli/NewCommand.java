package dev.handbook.cli;

import dev.handbook.content.PageScaffold;
import dev.handbook.content.PathDisplay;
import dev.handbook.diag.ContentException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code handbook new {lang}/{slug}}: creates a chapter with its front matter, prints its path, opens nothing. */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = "Create a new page with front matter, e.g. 'handbook new en/django-signals'.")
public final class NewCommand implements Callable<Integer> {
  @Mixin ContentOptions content;

  @Parameters(paramLabel = "LANG/NAME", description = "Language folder and file name of the page, without .md.")
  String target;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Usage.requireContentFolder(spec.commandLine(), content);
    PathDisplay display = new PathDisplay(Path.of(""));
    try {
      Path file = PageScaffold.create(content.content(), target, display);
      PrintWriter out = spec.commandLine().getOut();
      out.println(display.of(file));
      out.flush();
      return ExitCodes.OK;
    } catch (ContentException e) {
      if (e.diagnostics().stream().allMatch(d -> PageScaffold.ARGUMENT_ERRORS.contains(d.code()))) {
        throw Usage.error(spec.commandLine(), e.diagnostics().get(0));
      }
      PrintWriter err = spec.commandLine().getErr();
      e.diagnostics().forEach(d -> err.println(d.format()));
      err.flush();
      return ExitCodes.CONTENT_ERRORS;
    }
  }
}
