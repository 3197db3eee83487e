package dev.handbook.markdown.link;

import dev.handbook.config.EditDistance;
import dev.handbook.markdown.UrlSafety;
import dev.handbook.render.Urls;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Links between content files: contributors write relative {@code .md} paths and anchors
 * ({@code ../en/django-notes.md#django-orm-highlights}); this resolves them to the page or file they name and
 * rewrites them into the published URL, relative to the page that shows the link.
 *
 * <p>Everything is computed from the parsed handbook, never from the file system, so that what is checked is
 * exactly what is published.
 */
public final class ContentLinks {
  public static final String UNSAFE = "link-unsafe";
  public static final String ABSOLUTE = "link-absolute";
  public static final String OUTSIDE = "link-outside-content";
  public static final String INTO_SITE = "link-into-site";
  public static final String FILE_MISSING = "link-file-missing";
  public static final String ANCHOR_MISSING = "link-anchor-missing";

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final Map<String, LinkTarget> targets = new LinkedHashMap<>();
  private final String siteFromContent;

  /**
   * @param targets every page, copied file and language folder of the handbook
   * @param siteFromContent the output folder as a path relative to the content folder ("../site"), so that
   *     links into it are told apart from other links that leave the content folder; empty when unknown
   */
  public ContentLinks(List<LinkTarget> targets, String siteFromContent) {
    targets.forEach(t -> this.targets.putIfAbsent(t.contentPath(), t));
    this.siteFromContent = LinkPaths.resolve("", siteFromContent);
  }

  /** What {@code destination}, written in the content file {@code fromContentPath}, points at. */
  public LinkResolution resolve(String fromContentPath, String destination) {
    return resolve(fromContentPath, destination, false);
  }

  /** As {@link #resolve(String, String)}; an {@code image}'s missing file gets a hint about image files. */
  public LinkResolution resolve(String fromContentPath, String destination, boolean image) {
    String dest = destination.strip();
    if (dest.isEmpty()) {
      return new LinkResolution.External(false);
    }
    if (!UrlSafety.allowed(dest)) {
      return new LinkResolution.Broken(UNSAFE, "link to a '" + scheme(dest) + "' URL is never published",
          "use an http:, https: or mailto: URL, or a path to a file of the handbook");
    }
    if (SCHEME.matcher(dest).find() || dest.startsWith("//")) {
      return new LinkResolution.External(UrlSafety.external(dest));
    }
    int hash = dest.indexOf('#');
    String fragment = hash < 0 ? "" : dest.substring(hash);
    String beforeFragment = hash < 0 ? dest : dest.substring(0, hash);
    int question = beforeFragment.indexOf('?');
    String query = question < 0 ? "" : beforeFragment.substring(question);
    String path = question < 0 ? beforeFragment : beforeFragment.substring(0, question);
    if (path.isEmpty()) {
      LinkTarget self = targets.get(fromContentPath);
      if (self == null) {
        return new LinkResolution.External(false);
      }
      return checkFragment(self, fromContentPath, query, fragment);
    }
    if (path.startsWith("/") || path.startsWith("\\")) {
      return new LinkResolution.Broken(ABSOLUTE, "link to the absolute path '" + path
          + "' breaks when the site is opened from disk or under a sub-path",
          sourceHint(fromContentPath, path.substring(1), "write the path relative to this file"));
    }
    Optional<String> decoded = LinkPaths.percentDecode(path);
    if (decoded.isEmpty()) {
      return new LinkResolution.Broken(FILE_MISSING, "link destination '" + path + "' has a malformed %-escape",
          "write the file name as it is, e.g. " + example(fromContentPath));
    }
    String folder = LinkPaths.folderOf(fromContentPath);
    String resolved = LinkPaths.resolve(folder, decoded.get());
    if (resolved.equals("..") || resolved.startsWith("../")) {
      boolean intoSite = !siteFromContent.isEmpty()
          && (resolved.equals(siteFromContent) || resolved.startsWith(siteFromContent + "/"));
      if (intoSite) {
        String inSite = resolved.equals(siteFromContent) ? "" : resolved.substring(siteFromContent.length() + 1);
        return new LinkResolution.Broken(INTO_SITE, "link into the built site '" + path
            + "'; the site is rebuilt from content/ and its files are not sources",
            sourceHint(fromContentPath, inSite, "link to the Markdown file instead"));
      }
      return new LinkResolution.Broken(OUTSIDE, "link to '" + path + "' leaves the content folder",
          "link to pages and files inside content/, or to a full https:// URL");
    }
    LinkTarget target = targets.get(resolved);
    if (target == null && image) {
      return new LinkResolution.Broken(FILE_MISSING,
          "image '" + path + "': the handbook has no file " + resolved, imageHint(folder, resolved));
    }
    if (target == null) {
      return new LinkResolution.Broken(FILE_MISSING,
          "link to '" + path + "': the handbook has no page or file " + resolved, fileHint(folder, resolved));
    }
    return checkFragment(target, resolved, query, fragment);
  }

  /**
   * The URL to publish for {@code destination}, written in {@code fromContentPath} and shown on the page in the
   * site folder {@code fromFolder} ("en/django-notes/"). Destinations that are not handbook files, and broken
   * ones (reported by the link check), are returned as written.
   */
  public String href(String fromContentPath, String destination, String fromFolder) {
    if (!(resolve(fromContentPath, destination) instanceof LinkResolution.Internal internal)) {
      return destination;
    }
    if (internal.sitePath().equals(fromFolder) && internal.query().isEmpty() && !internal.fragment().isEmpty()) {
      return internal.fragment();
    }
    return Urls.fromRoot(Urls.rootOf(fromFolder), internal.sitePath()) + internal.query() + internal.fragment();
  }

  private LinkResolution checkFragment(LinkTarget target, String shownPath, String query, String fragment) {
    if (!target.page() || fragment.length() <= 1) {
      return new LinkResolution.Internal(target.sitePath(), query, fragment);
    }
    String anchor = LinkPaths.percentDecode(fragment.substring(1)).orElse(fragment.substring(1));
    if (target.anchors().contains(anchor)) {
      return new LinkResolution.Internal(target.sitePath(), query, fragment);
    }
    String hint = target.anchors().isEmpty() ? "the page has no headings or questions to link to"
        : closestAnchor(anchor, target.anchors()).map(a -> "the closest existing anchor is '#" + a + "'")
            .orElse("the anchors are the heading ids shown by # beside each heading, and question ids such as q-8");
    return new LinkResolution.Broken(ANCHOR_MISSING, "'#" + anchor + "' is not an anchor of " + shownPath, hint);
  }

  /**
   * For a link written as a site address ({@code en/questions/index.html}), the source file that becomes it,
   * written relative to the linking file; otherwise an example.
   */
  private String sourceHint(String fromContentPath, String sitePath, String advice) {
    String folderPath = sitePath.endsWith("index.html") ? sitePath.substring(0, sitePath.length() - 10) : sitePath;
    String wanted = folderPath.isEmpty() || folderPath.endsWith("/") || folderPath.contains(".")
        ? folderPath : folderPath + "/";
    String folder = LinkPaths.folderOf(fromContentPath);
    return targets.values().stream()
        .filter(t -> t.sitePath().equals(wanted) && !t.sitePath().isEmpty())
        .findFirst()
        .map(t -> advice + ": '" + LinkPaths.relative(folder, t.contentPath()) + "'")
        .orElse(advice + ", e.g. " + example(fromContentPath));
  }

  private String fileHint(String folder, String resolved) {
    return didYouMean(folder, resolved, targets.keySet())
        .orElse("link to a page as its .md file, relative to this file, e.g. " + example(folder + "x.md"));
  }

  private String imageHint(String folder, String resolved) {
    List<String> files = targets.values().stream().filter(t -> !t.page()).map(LinkTarget::contentPath).toList();
    return didYouMean(folder, resolved, files)
        .orElse("save the image as " + resolved + " in the content folder, or correct the path: it is relative "
            + "to this file");
  }

  /** Paths are long and share folders, so a few more edits than in a name still make a misspelling. */
  private static Optional<String> didYouMean(String folder, String resolved, Collection<String> paths) {
    return EditDistance.closest(resolved, paths, Math.max(3, resolved.length() / 3))
        .map(closest -> "did you mean '" + LinkPaths.relative(folder, closest) + "'?");
  }

  /**
   * A misspelling of {@code wanted} ('#setup-1' for '#setup-2'), else the nearest anchor that contains it or is
   * contained in it (an anchor written shortened, '#django-orm' for '#django-orm-highlights'), else none: an
   * unrelated anchor is no help.
   */
  private static Optional<String> closestAnchor(String wanted, List<String> anchors) {
    List<String> related = wanted.isEmpty() ? List.of()
        : anchors.stream().filter(a -> a.contains(wanted) || wanted.contains(a)).toList();
    return EditDistance.closest(wanted, anchors, EditDistance.typoLimit(wanted))
        .or(() -> EditDistance.closest(wanted, related, Integer.MAX_VALUE));
  }

  /** A link to some page of the handbook, as it would be written in {@code fromContentPath}. */
  private String example(String fromContentPath) {
    String folder = LinkPaths.folderOf(fromContentPath);
    return targets.values().stream()
        .filter(t -> t.page() && !t.contentPath().equals(fromContentPath))
        .findFirst()
        .map(t -> LinkPaths.relative(folder, t.contentPath()))
        .orElse("page.md");
  }

  private static String scheme(String url) {
    String compact = url.strip().replaceAll("[\\s\\u0000-\\u001F]", "");
    int colon = compact.indexOf(':');
    return colon < 0 ? compact : compact.substring(0, colon + 1).toLowerCase(Locale.ROOT);
  }
}
