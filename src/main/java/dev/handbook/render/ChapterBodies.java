package dev.handbook.render;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.config.HandbookConfig;
import dev.handbook.config.Language;
import dev.handbook.content.Page;
import dev.handbook.markdown.HtmlText;
import dev.handbook.markdown.MarkdownFacade;
import dev.handbook.markdown.RenderHints;
import dev.handbook.markdown.Sequences;
import dev.handbook.text.LocalizedNumbers;
import dev.handbook.topics.Topic;
import dev.handbook.topics.TopicItem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Renders a chapter's body for two pages from its Markdown tree, right after the page is parsed: the chapter's
 * own page, and its language's print page with prefixed ids; one rendering gives both when it can. Nothing here
 * needs the other pages; the topic links' other-language counts are left as markers for {@link TopicChips}.
 */
public final class ChapterBodies {
  /** What a link destination written on the page becomes, seen from a site folder. */
  @FunctionalInterface
  public interface LinkRewriter {
    String href(String destination, String fromFolder);
  }

  /**
   * The two renderings of one body, in UTF-8: what the scratch file keeps and the page files get.
   *
   * @param chapter for {@code {lang}/{slug}/index.html}
   * @param print for {@code {lang}/print/index.html}, every id prefixed with {@link #printPrefix}
   */
  public record Bodies(byte[] chapter, byte[] print) {}

  private final HandbookConfig config;
  private final I18n i18n;
  private final MarkdownFacade markdown;
  private final Map<String, Topic> topicsById = new HashMap<>();

  public ChapterBodies(HandbookConfig config, I18n i18n, List<Topic> topics, MarkdownFacade markdown) {
    this.config = config;
    this.i18n = i18n;
    this.markdown = markdown;
    topics.forEach(t -> topicsById.putIfAbsent(t.id(), t));
  }

  /**
   * @param items the page's sections and questions with their topics
   * @param links rewrites the page's link destinations
   */
  public Bodies render(Document document, Page page, List<TopicItem> items, LinkRewriter links) {
    Language language = config.languageOrDefault(page.lang());
    String folder = page.url();
    String printFolder = page.lang() + "/print/";
    if (Urls.rootOf(folder).equals(Urls.rootOf(printFolder)) && !holdsSlotCharacters(document.getChars())) {
      Bodies once = renderOnce(document, page, items, links, language, folder, printFolder);
      if (once != null) {
        return once;
      }
    }
    String chapter = markdown.render(document, hints(language, page, items, folder, links));
    String print = markdown.render(document, hints(language, page, items, printFolder, links)
        .withIdPrefix(printPrefix(page)));
    return new Bodies(chapter.getBytes(StandardCharsets.UTF_8), print.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Both bodies from one rendering: ids start with a slot for the prefix, and a link that differs between the two
   * pages (an anchor on the same page is a fragment on the chapter page, a link to the chapter on the print
   * page) is a numbered slot. Possible when both pages sit at the same depth, so that every other relative URL
   * is the same; empty (null) when the rendering holds a slot character this class did not put there.
   */
  private Bodies renderOnce(Document document, Page page, List<TopicItem> items, LinkRewriter links,
      Language language, String folder, String printFolder) {
    List<String[]> variants = new ArrayList<>();
    LinkRewriter slotted = (destination, from) -> {
      String onChapter = links.href(destination, folder);
      String onPrint = links.href(destination, printFolder);
      if (onChapter.equals(onPrint)) {
        return onChapter;
      }
      variants.add(new String[] {onChapter, onPrint});
      return String.valueOf(LINK_SLOT) + (variants.size() - 1) + SLOT_END;
    };
    String once = markdown.render(document, hints(language, page, items, folder, slotted).withIdPrefix(ID_SLOT));
    if (!slotsWellFormed(once, variants.size())) {
      return null; // a slot character came from somewhere else: the caller renders twice
    }
    // Filled in the UTF-8 bytes, encoded once: the slot characters are ASCII, so each is one byte there.
    byte[] utf8 = once.getBytes(StandardCharsets.UTF_8);
    List<byte[][]> escaped = new ArrayList<>(variants.size());
    for (String[] variant : variants) {
      escaped.add(new byte[][] {HtmlText.escape(variant[0]).getBytes(StandardCharsets.UTF_8),
          HtmlText.escape(variant[1]).getBytes(StandardCharsets.UTF_8)});
    }
    int[] slots = slotOffsets(utf8);
    return new Bodies(fillSlots(utf8, slots, NO_PREFIX, escaped, 0),
        fillSlots(utf8, slots, printPrefix(page).getBytes(StandardCharsets.UTF_8), escaped, 1));
  }

  /**
   * Whether every slot character in a body rendered once is one this class put there: an id slot opens an id
   * attribute or a fragment link, and the link slots are numbered 0, 1, 2... in order. Control characters never
   * reach a page from its text (they become U+FFFD), so this holds unless something new lets one through.
   */
  static boolean slotsWellFormed(String html, int links) {
    int nextLink = 0;
    // String.indexOf is a vectorized intrinsic: the body is searched for each slot character, not read char by char.
    int idSlot = html.indexOf(ID_SLOT);
    int linkSlot = html.indexOf(LINK_SLOT);
    int slotEnd = html.indexOf(SLOT_END);
    while (idSlot >= 0 || linkSlot >= 0) {
      int i = idSlot < 0 ? linkSlot : linkSlot < 0 ? idSlot : Math.min(idSlot, linkSlot);
      if (slotEnd >= 0 && slotEnd < i) {
        return false; // an end with no link slot open
      }
      if (i == idSlot) {
        if (!(html.startsWith("id=\"", i - 4) || html.startsWith("href=\"#", i - 7)
            || html.startsWith("labelledby=\"", i - 12))) {
          return false;
        }
        idSlot = html.indexOf(ID_SLOT, i + 1);
      } else {
        String number = slotEnd < 0 ? "" : html.substring(i + 1, slotEnd);
        if (!number.equals(Integer.toString(nextLink))) {
          return false;
        }
        nextLink++; // the number held no other slot character, so the next of each comes after its end
        linkSlot = html.indexOf(LINK_SLOT, slotEnd + 1);
        slotEnd = html.indexOf(SLOT_END, slotEnd + 1);
      }
    }
    return slotEnd < 0 && nextLink == links;
  }

  private static final String ID_SLOT = "\u0001";
  private static final char LINK_SLOT = '\u0002';
  private static final char SLOT_END = '\u0003';

  private static boolean holdsSlotCharacters(BasedSequence source) {
    String text = Sequences.string(source);
    return text.indexOf(ID_SLOT) >= 0 || text.indexOf(LINK_SLOT) >= 0 || text.indexOf(SLOT_END) >= 0;
  }

  private static final byte[] NO_PREFIX = new byte[0];

  /**
   * The offsets of the id and link slots in the UTF-8 body, in order. The bytes read as Latin-1 are one char per
   * byte, so String.indexOf (a vectorized intrinsic) finds the slot bytes without a loop over every byte.
   */
  static int[] slotOffsets(byte[] html) {
    String bytes = new String(html, StandardCharsets.ISO_8859_1);
    int[] offsets = new int[16];
    int count = 0;
    int idSlot = bytes.indexOf(ID_SLOT);
    int linkSlot = bytes.indexOf(LINK_SLOT);
    while (idSlot >= 0 || linkSlot >= 0) {
      int at = idSlot < 0 ? linkSlot : linkSlot < 0 ? idSlot : Math.min(idSlot, linkSlot);
      if (count == offsets.length) {
        offsets = java.util.Arrays.copyOf(offsets, count * 2);
      }
      offsets[count++] = at;
      if (at == idSlot) {
        idSlot = bytes.indexOf(ID_SLOT, at + 1);
      } else {
        linkSlot = bytes.indexOf(LINK_SLOT, at + 1);
      }
    }
    return java.util.Arrays.copyOf(offsets, count);
  }

  private static byte[] fillSlots(byte[] html, int[] slots, byte[] idPrefix, List<byte[][]> variants, int which) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(html.length + 256);
    int copied = 0;
    for (int i : slots) {
      out.write(html, copied, i - copied);
      if (html[i] == LINK_SLOT) {
        int number = 0;
        int end = i + 1;
        for (; html[end] != SLOT_END; end++) {
          number = number * 10 + (html[end] - '0');
        }
        out.writeBytes(variants.get(number)[which]);
        copied = end + 1;
      } else {
        out.writeBytes(idPrefix);
        copied = i + 1;
      }
    }
    out.write(html, copied, html.length - copied);
    return out.toByteArray();
  }

  /** What every id of a chapter starts with on the print page, where all chapters share one document. */
  public static String printPrefix(Page page) {
    return page.slug().replace('/', '-') + "--";
  }

  /** The address that edits the page's source, or empty when the handbook has no edit URL. */
  public static String editUrl(HandbookConfig config, Page page) {
    if (config.editUrl().isEmpty()) {
      return "";
    }
    String base = config.editUrl().endsWith("/") ? config.editUrl() : config.editUrl() + "/";
    return base + page.lang() + "/" + relativeSource(page);
  }

  private static String relativeSource(Page page) {
    String path = page.sourcePath().replace('\\', '/');
    String marker = "/" + page.lang() + "/";
    int at = path.lastIndexOf(marker);
    if (at >= 0) {
      return path.substring(at + marker.length());
    }
    String start = page.lang() + "/";
    return path.startsWith(start) ? path.substring(start.length()) : page.slug() + ".md";
  }

  private RenderHints hints(Language language, Page page, List<TopicItem> items, String folder,
      LinkRewriter links) {
    String root = Urls.rootOf(folder);
    Map<String, List<RenderHints.TopicLink>> topicLinks = new HashMap<>();
    for (TopicItem item : items) {
      List<RenderHints.TopicLink> chips = new ArrayList<>();
      for (String id : item.topicIds()) {
        Topic topic = Objects.requireNonNull(topicsById.get(id), id);
        chips.add(new RenderHints.TopicLink(topic.name(language.code()),
            Urls.fromRoot(root, language.code() + "/topics/" + id + "/"), id));
      }
      topicLinks.put(item.id(), chips);
    }
    UnaryOperator<String> rewrite = destination -> links.href(destination, folder);
    return new RenderHints(language.code(), language.rtl(), i18n.labels(language.code()), topicLinks,
        editUrl(config, page), label -> localizedLabel(label, language.code()), rewrite, "");
  }

  private static String localizedLabel(String label, String lang) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < label.length(); i++) {
      int d = Character.digit(label.charAt(i), 10);
      if (d < 0) {
        return label;
      }
      digits.append(d);
    }
    return digits.length() == 0 ? label : LocalizedNumbers.format(Long.parseLong(digits.toString()), lang);
  }
}
