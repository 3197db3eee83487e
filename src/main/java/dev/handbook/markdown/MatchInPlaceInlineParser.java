package dev.handbook.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, with its regular-expression steps reading the match where it is. flexmark takes
 * {@code Matcher.toMatchResult()} for every match (a backtick run, the space after a link, an entity), and on
 * Java 17 that copies the whole paragraph into a new string each time; the start and end are all it needs.
 */
final class MatchInPlaceInlineParser extends InlineParserImpl {
  MatchInPlaceInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> extensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
  }

  /** Installs the parser; stateless. */
  static Parser.ParserExtension extension() {
    return new Parser.ParserExtension() {
      @Override
      public void parserOptions(MutableDataHolder options) {}

      @Override
      public void extend(Parser.Builder builder) {
        builder.customInlineParserFactory(MatchInPlaceInlineParser::new);
        // flexmark adds its reference definitions step only for its own inline parser, which parses them.
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(builder)) {
          builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
      }
    };
  }

  @Override
  public BasedSequence match(Pattern re) {
    Matcher matcher = find(re);
    return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    Matcher matcher = find(re);
    if (matcher == null) {
      return null;
    }
    BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
    for (int i = 0; i < groups.length; i++) {
      int start = matcher.start(i);
      groups[i] = start < 0 ? null : input.subSequence(start, matcher.end(i));
    }
    return groups;
  }

  /** The matcher after a match found from the current index on, which it then moves past; else null. */
  private Matcher find(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    Matcher matcher = re.matcher(input);
    matcher.region(index, input.length());
    if (!matcher.find()) {
      return null;
    }
    index = matcher.end();
    return matcher;
  }
}
