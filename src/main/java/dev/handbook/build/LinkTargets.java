package dev.handbook.build;

import dev.handbook.config.HandbookConfig;
import dev.handbook.content.ContentTree;
import dev.handbook.content.Page;
import dev.handbook.markdown.link.ContentLinks;
import dev.handbook.markdown.link.LinkTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Everything a content link may name, taken from the parsed handbook: pages with their anchors, files, languages. */
final class LinkTargets {
  private LinkTargets() {}

  static ContentLinks of(Path contentDir, Path outDir, HandbookConfig config, ContentTree tree,
      List<CompiledPage> pages) {
    List<LinkTarget> targets = new ArrayList<>();
    for (CompiledPage compiled : pages) {
      targets.add(LinkTarget.page(compiled.source().relativePath(), compiled.page().url(), anchors(compiled.page())));
    }
    return withFiles(targets, contentDir, outDir, config, tree);
  }

  /**
   * Targets known before any page is parsed: enough to publish every link that the check (with anchors, by
   * {@link #of}) lets through.
   */
  static ContentLinks withoutAnchors(Path contentDir, Path outDir, HandbookConfig config, ContentTree tree) {
    return withFiles(new ArrayList<>(), contentDir, outDir, config, tree);
  }

  private static ContentLinks withFiles(List<LinkTarget> targets, Path contentDir, Path outDir,
      HandbookConfig config, ContentTree tree) {
    // A page that could not be read has its own error; links to it are not reported again (anchors unchecked).
    tree.pages().forEach(source -> targets.add(LinkTarget.file(source.relativePath(), source.lang() + "/"
        + source.slug() + "/")));
    Path content = contentDir.toAbsolutePath().normalize();
    for (ContentTree.StaticFile file : tree.staticFiles()) {
      String relative = content.relativize(file.file().toAbsolutePath().normalize()).toString().replace('\\', '/');
      targets.add(LinkTarget.file(relative, file.target()));
    }
    config.languageCodes().forEach(code -> targets.add(LinkTarget.file(code, code + "/")));
    return new ContentLinks(targets, siteFromContent(content, outDir));
  }

  /** Ids a fragment may name: headings, question cards and the questions' own headings. */
  private static List<String> anchors(Page page) {
    List<String> ids = new ArrayList<>();
    page.toc().forEach(h -> ids.add(h.id()));
    page.questions().forEach(q -> {
      ids.add(q.id());
      ids.add(q.id() + "-q");
    });
    return ids;
  }

  private static String siteFromContent(Path content, Path outDir) {
    if (outDir == null) {
      return "";
    }
    try {
      return content.relativize(outDir.toAbsolutePath().normalize()).toString().replace('\\', '/');
    } catch (IllegalArgumentException differentRoots) {
      return "";
    }
  }
}
