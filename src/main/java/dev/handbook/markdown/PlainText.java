package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The readable text of a subtree. Unlike flexmark's collector it works on nodes the handbook has moved
 * or created (whose own source span is empty), because it reads only leaf text.
 */
public final class PlainText {
  private PlainText() {}

  public static String of(Node node) {
    StringBuilder out = new StringBuilder();
    append(node, out);
    return out.toString();
  }

  private static void append(Node node, StringBuilder out) {
    if (node instanceof Text || node instanceof TextBase) {
      out.append(Sequences.unescaped(node.getChars()));
      return;
    }
    if (node instanceof Code code) {
      out.append(code.getText());
      return;
    }
    if (node instanceof com.vladsch.flexmark.ast.FencedCodeBlock fenced) {
      out.append(fenced.getContentChars()).append(' ');
      return;
    }
    if (node instanceof com.vladsch.flexmark.ast.IndentedCodeBlock indented) {
      out.append(indented.getContentChars()).append(' ');
      return;
    }
    if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      out.append(' ');
      return;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      append(child, out);
    }
    if (node instanceof Block) {
      out.append(' ');
    }
  }
}
