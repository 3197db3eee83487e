package dev.handbook.markdown.block.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.markdown.block.BlockNode;
import dev.handbook.markdown.block.BlockTitle;
import dev.handbook.markdown.block.KnownBlocks;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one {@code /// name | argument} ... {@code ///} block, as pymdown-extensions' Blocks define it: an
 * opening fence of 3+ {@code /} indented at most 3 columns, a name, an optional {@code | argument}; option lines
 * indented 4+ columns right under it; a body of ordinary Markdown; a closing line of exactly as many {@code /}.
 *
 * <p>The body is parsed as child blocks by flexmark itself, so a fenced code block in the body swallows a
 * {@code ///} line the way it swallows anything. A closing fence is claimed by the innermost open block with
 * the same fence length. Blocks nested deeper than {@link KnownBlocks#MAX_DEPTH} are not parsed further: such a
 * block is a leaf that keeps its lines as text, which bounds the tree's depth whatever the input.
 *
 * <p>One instance parses one block of one document; the {@link Factory} holds no state.
 */
public final class FencedBlockParser extends AbstractBlockParser {
  /** Matched against the line from its first non-space character. */
  static final Pattern OPENER =
      Pattern.compile("(/{3,})[ \\t]*([A-Za-z0-9_-]+)[ \\t]*(?:\\|[ \\t]*(.*?))?[ \\t]*");
  static final Pattern CLOSER = Pattern.compile("(/{3,})[ \\t]*");

  private final BlockNode block = new BlockNode();
  private final boolean tooDeep;
  private final List<String> optionLines = new ArrayList<>();
  private BasedSequence optionsStart = BasedSequence.NULL;
  private BasedSequence optionsEnd = BasedSequence.NULL;
  private boolean inHeader = true;
  private boolean closed;
  /** True while the current line was consumed whole by this block (opener, options, closer). */
  private boolean consumedWholeLine = true;
  /** Only for a too-deep block: its lines, and the fence lengths of the openers nested in them. */
  private BlockContent rawContent;
  private final Deque<Integer> rawOpeners = new ArrayDeque<>();

  private FencedBlockParser(boolean tooDeep) {
    this.tooDeep = tooDeep;
    if (tooDeep) {
      rawContent = new BlockContent();
    }
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public boolean isContainer() {
    return !tooDeep;
  }

  @Override
  public boolean canContain(ParserState state, BlockParser blockParser, Block child) {
    return !tooDeep && !closed;
  }

  int fenceLength() {
    return block.fenceLength();
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    consumedWholeLine = false;
    if (closed) {
      return BlockContinue.none();
    }
    BasedSequence line = state.getLine();
    if (tooDeep) {
      return tryContinueRaw(state, line);
    }
    if (inHeader) {
      if (!state.isBlank() && state.getIndent() >= 4 && optionLines.size() < 256) {
        BasedSequence optionLine = line.subSequence(state.getIndex());
        optionLines.add(optionLine.toString());
        if (optionsStart.isNull()) {
          optionsStart = optionLine;
        }
        optionsEnd = optionLine;
        consumedWholeLine = true;
        return BlockContinue.atIndex(line.length());
      }
      finishOptions();
    }
    if (!state.isBlank() && state.getIndent() < 4 && line.charAt(state.getNextNonSpaceIndex()) == '/') {
      int start = state.getNextNonSpaceIndex();
      Matcher m = CLOSER.matcher(line.subSequence(start));
      if (m.matches() && m.end(1) == fenceLength() && !innerBlockClaims(state)) {
        closed = true;
        consumedWholeLine = true;
        block.setClosingMarker(line.subSequence(start, start + m.end(1)));
        return BlockContinue.atIndex(line.length());
      }
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  /** A closing fence of our length belongs to an open fenced code block or an open inner block of that length. */
  private boolean innerBlockClaims(ParserState state) {
    List<BlockParser> active = state.getActiveBlockParsers();
    boolean below = false;
    for (BlockParser p : active) {
      if (p == this) {
        below = true;
        continue;
      }
      if (!below) {
        continue;
      }
      if (p.getBlock() instanceof FencedCodeBlock && !p.isClosed()) {
        return true;
      }
      if (p instanceof FencedBlockParser inner && !inner.closed && inner.fenceLength() == fenceLength()) {
        return true;
      }
    }
    return false;
  }

  private BlockContinue tryContinueRaw(ParserState state, BasedSequence line) {
    if (!state.isBlank() && state.getIndent() < 4 && line.charAt(state.getNextNonSpaceIndex()) == '/') {
      int start = state.getNextNonSpaceIndex();
      BasedSequence rest = line.subSequence(start);
      Matcher open = OPENER.matcher(rest);
      if (open.matches()) {
        rawOpeners.push(open.end(1));
      } else {
        Matcher close = CLOSER.matcher(rest);
        if (close.matches()) {
          int length = close.end(1);
          if (rawOpeners.contains(length)) {
            while (!rawOpeners.isEmpty() && rawOpeners.pop() != length) {
              // unclosed inner openers end with their outer one
            }
          } else if (length == fenceLength()) {
            closed = true;
            consumedWholeLine = true;
            block.setClosingMarker(line.subSequence(start, start + length));
            return BlockContinue.atIndex(line.length());
          }
        }
      }
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  @Override
  public void addLine(ParserState state, BasedSequence line) {
    if (tooDeep && !closed) {
      rawContent.add(line, state.getIndent());
    }
  }

  @Override
  public boolean isPropagatingLastBlankLine(BlockParser lastMatchedBlockParser) {
    // The opener, option and closing lines look blank to flexmark once consumed; they are not blank lines.
    return !consumedWholeLine;
  }

  private void finishOptions() {
    if (!inHeader) {
      return;
    }
    inHeader = false;
    if (!optionLines.isEmpty()) {
      BasedSequence chars = optionsStart.baseSubSequence(optionsStart.getStartOffset(), optionsEnd.getEndOffset());
      block.setOptions(chars, OptionsParser.parse(block.name(), optionLines));
    }
  }

  @Override
  public void closeBlock(ParserState state) {
    finishOptions();
    BasedSequence opening = block.getOpeningMarker();
    int end = opening.getEndOffset();
    BasedSequence openingLine = lineOf(opening);
    end = Math.max(end, openingLine.getEndOffset());
    if (block.getOptionsChars().isNotNull()) {
      end = Math.max(end, block.getOptionsChars().getEndOffset());
    }
    Node last = block.getLastChild();
    if (last != null) {
      end = Math.max(end, last.getEndOffset());
    }
    if (tooDeep && rawContent.getLineCount() > 0) {
      end = Math.max(end, rawContent.getSpanningChars().getEndOffset());
    }
    if (block.getClosingMarker().isNotNull()) {
      end = Math.max(end, block.getClosingMarker().getEndOffset());
    }
    block.setChars(opening.baseSubSequence(opening.getStartOffset(), end));
    if (tooDeep) {
      block.setTooDeep(block.getChars());
      rawContent = null;
    }
  }

  private static BasedSequence lineOf(BasedSequence chars) {
    BasedSequence base = chars.getBaseSequence();
    int end = chars.getEndOffset();
    while (end < base.length() && base.charAt(end) != '\n' && base.charAt(end) != '\r') {
      end++;
    }
    return chars.baseSubSequence(chars.getStartOffset(), end);
  }

  @Override
  public void parseInlines(InlineParser inlineParser) {
    BlockTitle title = block.title();
    if (title != null) {
      inlineParser.parse(title.getChars(), title);
    }
  }

  /** Registers the block syntax; stateless. */
  public static final class Factory implements CustomBlockParserFactory {
    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
      return new StartFactory(options);
    }
  }

  private static final class StartFactory extends AbstractBlockParserFactory {
    StartFactory(DataHolder options) {
      super(options);
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
      if (state.getIndent() >= 4 || state.isBlank()) {
        return BlockStart.none();
      }
      BasedSequence line = state.getLine();
      int start = state.getNextNonSpaceIndex();
      if (line.charAt(start) != '/') {
        return BlockStart.none();
      }
      BasedSequence rest = line.subSequence(start);
      Matcher m = OPENER.matcher(rest);
      if (!m.matches()) {
        return BlockStart.none();
      }
      BlockParser matched = matchedBlockParser.getBlockParser();
      Node container = matched.isParagraphParser() ? matched.getBlock().getParent() : matched.getBlock();
      boolean tooDeep = depth(container) >= KnownBlocks.MAX_DEPTH;

      BasedSequence name = rest.subSequence(m.start(2), m.end(2));
      BasedSequence argument = m.group(3) == null
          ? BasedSequence.NULL
          : rest.subSequence(m.start(3), m.end(3)).trim();
      FencedBlockParser parser = new FencedBlockParser(tooDeep);
      parser.block.setOpening(rest.subSequence(m.start(1), m.end(1)), name, argument,
          KnownBlocks.isKnown(name.toString().toLowerCase(java.util.Locale.ROOT)));
      if (argument.isNotNull() && !argument.isEmpty() && !tooDeep) {
        parser.block.appendChild(new BlockTitle(argument));
      }
      if (tooDeep) {
        parser.inHeader = false;
      }
      return BlockStart.of(parser).atIndex(line.length());
    }

    private static int depth(Node node) {
      int depth = 0;
      for (Node n = node; n != null; n = n.getParent()) {
        if (n instanceof BlockNode) {
          depth++;
        }
      }
      return depth;
    }
  }
}
