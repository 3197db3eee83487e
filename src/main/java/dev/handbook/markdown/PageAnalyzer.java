package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.content.Question;
import dev.handbook.content.Section;
import dev.handbook.content.SourceLocation;
import dev.handbook.content.TopicRef;
import dev.handbook.diag.Diagnostic;
import dev.handbook.markdown.question.QuestionIds;
import dev.handbook.markdown.question.QuestionNode;
import dev.handbook.text.Slugs;
import dev.handbook.text.Whitespace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a parsed page once, in document order: gives every heading and question card a unique, readable
 * id, strips topic markers from headings, and collects the table of contents, sections and questions. A heading
 * left with no text is reported ({@value #EMPTY_HEADING}).
 */
public final class PageAnalyzer {
  /** A heading with no text (perhaps only a topic marker): a warning, the page is still readable. */
  public static final String EMPTY_HEADING = "heading-empty";

  /** Words of a question used for its id when it has no number. */
  private static final int ID_WORDS = 8;

  /** What a page is made of, ready for the content model. */
  public record Analysis(
      List<dev.handbook.content.Heading> toc, List<Section> sections, List<Question> questions) {}

  private final Document document;
  private final DocumentContext context;
  private final Set<String> usedIds = new HashSet<>();
  private final List<dev.handbook.content.Heading> toc = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private final List<Question> questions = new ArrayList<>();
  private final List<String> headingPath = new ArrayList<>();
  private final List<Integer> headingLevels = new ArrayList<>();
  private SectionBuilder current;

  private PageAnalyzer(Document document, DocumentContext context) {
    this.document = document;
    this.context = context;
  }

  /**
   * @param pageTitle used as the title of the text before the first heading
   */
  public static Analysis analyze(Document document, DocumentContext context, String pageTitle) {
    PageAnalyzer analyzer = new PageAnalyzer(document, context);
    analyzer.usedIds.add("main");
    analyzer.usedIds.add("content");
    analyzer.current = new SectionBuilder("", pageTitle, 1, List.of(pageTitle), analyzer.location(0), List.of());
    analyzer.walk(document);
    analyzer.finishSection();
    return new Analysis(List.copyOf(analyzer.toc), List.copyOf(analyzer.sections),
        List.copyOf(analyzer.questions));
  }

  private void walk(Node parent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading heading) {
        startSection(heading);
      } else if (child instanceof QuestionNode card) {
        addQuestion(card);
      } else if (child instanceof com.vladsch.flexmark.ext.tables.TableSeparator) {
        continue;
      } else if (child instanceof com.vladsch.flexmark.ast.Code code) {
        current.text.append(code.getText());
      } else if (child instanceof Text) {
        current.text.append(Sequences.unescaped(child.getChars()));
      } else {
        walk(child);
        if (child instanceof Block || child instanceof com.vladsch.flexmark.ast.SoftLineBreak
            || child instanceof com.vladsch.flexmark.ast.HardLineBreak
            || child instanceof com.vladsch.flexmark.ext.tables.TableCell) {
          current.text.append(' ');
        }
      }
    }
  }

  private void startSection(Heading heading) {
    finishSection();
    Optional<TopicMarkers.Marker> marker = TopicMarkers.strip(heading);
    List<TopicRef> marked = marker.map(m -> located(m.ids())).orElse(List.of());
    String title = collapse(plainText(heading));
    if (title.isEmpty()) {
      reportEmpty(heading, marker);
    }
    String id = unique(Slugs.slug(title));
    heading.setAnchorRefId(id);
    int level = heading.getLevel();
    while (!headingLevels.isEmpty() && headingLevels.get(headingLevels.size() - 1) >= level) {
      headingLevels.remove(headingLevels.size() - 1);
      headingPath.remove(headingPath.size() - 1);
    }
    headingLevels.add(level);
    headingPath.add(title);
    toc.add(new dev.handbook.content.Heading(level, id, title));
    current = new SectionBuilder(id, title, level, List.copyOf(headingPath),
        location(heading.getStartLineNumber()), marked);
    current.text.append(title).append(' ');
  }

  private void addQuestion(QuestionNode card) {
    String text = collapse(plainText(card.textNode()));
    String base = card.label().isEmpty()
        ? "q-" + Slugs.slug(firstWords(text))
        : "q-" + Slugs.slug(asciiDigits(card.label()));
    String id = unique(base);
    QuestionIds.assign(card, id, current.level + 1);
    String answer = collapse(plainText(card.answerNode()));
    questions.add(new Question(id, card.label(), text, answer, card.form(), current.id,
        location(card.sourceLine()), located(card.markedTopics())));
  }

  private void finishSection() {
    if (current == null) {
      return;
    }
    String text = collapse(current.text.toString());
    boolean introWithoutText = current.id.isEmpty() && text.isBlank();
    if (!introWithoutText) {
      sections.add(new Section(current.id, current.title, current.level, current.path, text,
          current.location, current.marked));
    }
    current = null;
  }

  private String unique(String base) {
    String id = base.isEmpty() ? "section" : base;
    String candidate = id;
    for (int n = 2; !usedIds.add(candidate); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
  }

  private SourceLocation location(int lineIndex) {
    return new SourceLocation(context.sourcePath(), context.fileLine(lineIndex), 1);
  }

  /** An empty heading still builds, but as an invisible link in the contents, on topic pages and in search. */
  private void reportEmpty(Heading heading, Optional<TopicMarkers.Marker> marker) {
    SourceLocation at = context.locate(document, marker.map(TopicMarkers.Marker::offset)
        .orElse(heading.getStartOffset()));
    context.diagnostics().report(Diagnostic.warning(EMPTY_HEADING, at.path(), at.line(), at.column(),
        marker.isPresent() ? "heading has no text, only a topic marker" : "heading has no text",
        marker.isPresent() ? "write the heading's text before the marker" : "write the heading's text, or remove it"));
  }

  private List<TopicRef> located(List<TopicMarkers.MarkedId> ids) {
    return ids.stream().map(i -> new TopicRef(i.id(), context.locate(document, i.offset()))).toList();
  }

  private static String plainText(Node node) {
    return dev.handbook.markdown.PlainText.of(node);
  }

  /** Every run of ASCII whitespace becomes one space, then the ends are stripped (as {@code replaceAll("\\s+")}). */
  private static String collapse(String text) {
    return Whitespace.collapse(text, Integer.MAX_VALUE).strip();
  }

  private static String firstWords(String text) {
    String[] words = text.split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, ID_WORDS)));
  }

  /** Question ids use ASCII digits whatever digits the author typed, so links stay stable. */
  private static String asciiDigits(String label) {
    StringBuilder out = new StringBuilder();
    label.codePoints().forEach(cp -> {
      int digit = Character.digit(cp, 10);
      out.append(digit >= 0 ? (char) ('0' + digit) : (char) cp);
    });
    return out.toString();
  }

  private static final class SectionBuilder {
    final String id;
    final String title;
    final int level;
    final List<String> path;
    final SourceLocation location;
    final List<TopicRef> marked;
    final StringBuilder text = new StringBuilder();

    SectionBuilder(String id, String title, int level, List<String> path, SourceLocation location,
        List<TopicRef> marked) {
      this.id = id;
      this.title = title;
      this.level = level;
      this.path = path;
      this.location = location;
      this.marked = marked;
    }
  }
}
