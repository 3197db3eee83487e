package dev.handbook.cli;

import dev.handbook.content.PathDisplay;
import dev.handbook.serve.DevServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code handbook serve}: build, serve on loopback, rebuild on every save, reload open pages. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Build the handbook, serve it locally, and rebuild and reload pages on every save.")
public final class ServeCommand implements Callable<Integer> {
  /** Saves arrive as bursts of file events; one rebuild per burst. */
  private static final Duration DEBOUNCE = Duration.ofMillis(100);

  @Mixin ContentOptions content;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
      description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, only this computer).")
  String host;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
      description = "Folder the site is built into and served from (default: ${DEFAULT-VALUE}).")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--host '" + host + "' is not an address");
    }
    Usage.requireFolders(spec.commandLine(), content, out);
    Path site = out.toAbsolutePath().normalize();
    if (site.startsWith(content.content().toAbsolutePath().normalize())
        || site.startsWith(content.templates().toAbsolutePath().normalize())) {
      // Every build would change a watched folder and start the next build.
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--out must not be inside the content or templates folder");
    }
    if (!address.isLoopbackAddress()) {
      err.println("handbook: warning: serving on " + host + ": other computers on the network can read the site");
    }
    DevServer server;
    try {
      server = DevServer.start(new DevServer.Settings(content.content(), content.templates(), out, host, port,
          DEBOUNCE), new PathDisplay(Path.of("")), stdout, err);
    } catch (IOException e) {
      err.println("handbook: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      err.println("Try another port, or 'handbook serve --port 0' for any free one.");
      err.flush();
      return ExitCodes.USAGE;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "handbook-stop"));
    stdout.println("serving " + server.uri() + " (watching " + content.content() + " and " + content.templates()
        + "; Ctrl+C stops)");
    stdout.flush();
    server.awaitClose();
    return ExitCodes.OK;
  }
}
