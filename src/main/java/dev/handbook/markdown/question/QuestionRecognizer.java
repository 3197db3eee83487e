package dev.handbook.markdown.question;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.content.QuestionForm;
import dev.handbook.markdown.TopicMarkers;
import dev.handbook.markdown.block.BlockNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the three question forms of the sources into {@link QuestionNode}s: {@code /// qbox | ...} blocks,
 * list items that open with a bold whole sentence, and {@code Q: ... / A: ...} paragraphs. Bold labels that
 * end in ':' or carry no final punctuation stay ordinary text.
 */
public final class QuestionRecognizer {
  /** A leading question number such as {@code 8. }, {@code 11.} or {@code ۸) } (Persian digits too). */
  private static final Pattern LABEL = Pattern.compile("^\\s*([0-9\\u06F0-\\u06F9\\u0660-\\u0669]{1,4})[.)]\\s*");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[?\\u061F.]\\s*$", Pattern.DOTALL);

  private QuestionRecognizer() {}

  public static void apply(Document document) {
    List<Node> candidates = new ArrayList<>();
    collect(document, candidates);
    for (Node node : candidates) {
      if (node instanceof BlockNode block) {
        replaceQbox(block);
      } else if (node instanceof ListItem item) {
        replaceBoldItem(item);
      } else if (node instanceof Paragraph paragraph && paragraph.getParent() != null) {
        replaceQaPair(paragraph);
      }
    }
  }

  private static void collect(Node parent, List<Node> out) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof BlockNode block && block.name().equals("qbox")) {
        out.add(block);
      } else if (child instanceof ListItem) {
        out.add(child);
      } else if (child instanceof Paragraph) {
        out.add(child);
        continue;
      }
      collect(child, out);
    }
  }

  private static void replaceQbox(BlockNode block) {
    QuestionTextNode text = new QuestionTextNode();
    if (block.title() != null && block.title().hasChildren()) {
      moveChildren(block.title(), text, null);
    } else {
      text.appendChild(new Text(BasedSequence.of(block.argument())));
    }
    List<TopicMarkers.MarkedId> topics = markedIds(text);
    String label = stripLabel(text);
    QuestionAnswerNode answer = new QuestionAnswerNode();
    for (Node child : block.bodyChildren()) {
      answer.appendChild(child);
    }
    QuestionNode card = new QuestionNode(block.getChars(), QuestionForm.QBOX, label, topics,
        block.getStartLineNumber());
    card.appendChild(text);
    card.appendChild(answer);
    block.insertBefore(card);
    block.unlink();
  }

  private static void replaceBoldItem(ListItem item) {
    if (!(item.getFirstChild() instanceof Paragraph paragraph)
        || !(paragraph.getFirstChild() instanceof StrongEmphasis strong)) {
      return;
    }
    String boldText = plainText(strong);
    if (!SENTENCE_END.matcher(boldText).matches() || boldText.strip().length() < 3) {
      return;
    }
    QuestionTextNode text = new QuestionTextNode();
    moveChildren(strong, text, null);
    List<TopicMarkers.MarkedId> topics = markedIds(text);
    String label = stripLabel(text);
    QuestionAnswerNode answer = new QuestionAnswerNode();
    Paragraph rest = new Paragraph();
    moveChildren(paragraph, rest, strong);
    strong.unlink();
    if (!plainText(rest).isBlank()) {
      trimLeadingSpace(rest);
      answer.appendChild(rest);
    }
    paragraph.unlink();
    moveChildren(item, answer, null);
    QuestionNode card = new QuestionNode(item.getChars(), QuestionForm.BOLD_ITEM, label, topics,
        item.getStartLineNumber());
    card.appendChild(text);
    card.appendChild(answer);
    item.appendChild(card);
  }

  private static void replaceQaPair(Paragraph paragraph) {
    if (!(paragraph.getFirstChild() instanceof Text first) || !startsWithTag(first.getChars(), 'Q')) {
      return;
    }
    QuestionTextNode text = new QuestionTextNode();
    QuestionAnswerNode answer = new QuestionAnswerNode();
    Node answerStart = null;
    for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
      if (n != first && isAnswerStart(n)) {
        answerStart = n;
        break;
      }
    }
    first.setChars(first.getChars().trimStart().subSequence(2).trimStart());
    Node cursor = paragraph.getFirstChild();
    while (cursor != null && cursor != answerStart) {
      Node next = cursor.getNext();
      if (next == answerStart && answerStart != null && isLineBreak(cursor)) {
        cursor.unlink();
      } else {
        text.appendChild(cursor);
      }
      cursor = next;
    }
    if (cursor != null) {
      Text answerText = (Text) cursor;
      answerText.setChars(answerText.getChars().trimStart().subSequence(2).trimStart());
      Paragraph body = new Paragraph();
      moveChildren(paragraph, body, null);
      answer.appendChild(body);
    } else if (paragraph.getNext() instanceof Paragraph next && next.getFirstChild() instanceof Text t
        && startsWithTag(t.getChars(), 'A')) {
      t.setChars(t.getChars().trimStart().subSequence(2).trimStart());
      next.unlink();
      answer.appendChild(next);
    }
    List<TopicMarkers.MarkedId> topics = markedIds(text);
    String label = stripLabel(text);
    QuestionNode card = new QuestionNode(paragraph.getChars(), QuestionForm.QA_PAIR, label, topics,
        paragraph.getStartLineNumber());
    card.appendChild(text);
    card.appendChild(answer);
    paragraph.insertBefore(card);
    paragraph.unlink();
  }

  private static boolean isAnswerStart(Node node) {
    return node instanceof Text t && node.getPrevious() != null && isLineBreak(node.getPrevious())
        && startsWithTag(t.getChars(), 'A');
  }

  private static boolean isLineBreak(Node node) {
    return node instanceof SoftLineBreak || node instanceof HardLineBreak;
  }

  private static boolean startsWithTag(BasedSequence chars, char tag) {
    BasedSequence trimmed = chars.trimStart();
    return trimmed.length() >= 2 && trimmed.charAt(0) == tag && trimmed.charAt(1) == ':';
  }

  /** Moves the children of {@code from} (after {@code after}, or all) to the end of {@code to}. */
  private static void moveChildren(Node from, Node to, Node after) {
    Node child = after == null ? from.getFirstChild() : after.getNext();
    while (child != null) {
      Node next = child.getNext();
      to.appendChild(child);
      child = next;
    }
  }

  private static List<TopicMarkers.MarkedId> markedIds(Node text) {
    return TopicMarkers.strip(text).map(TopicMarkers.Marker::ids).orElse(List.of());
  }

  private static String stripLabel(Node text) {
    if (text.getFirstChild() instanceof Text first) {
      Matcher m = LABEL.matcher(first.getChars());
      if (m.find()) {
        first.setChars(first.getChars().subSequence(m.end()));
        return m.group(1);
      }
    }
    return "";
  }

  private static void trimLeadingSpace(Node paragraph) {
    if (paragraph.getFirstChild() instanceof Text first) {
      first.setChars(first.getChars().trimStart());
    }
  }

  static String plainText(Node node) {
    return dev.handbook.markdown.PlainText.of(node);
  }
}
