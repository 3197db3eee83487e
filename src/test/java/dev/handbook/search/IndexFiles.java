package dev.handbook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads shard keys back from generated index files, for tests. */
final class IndexFiles {
  private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");

  private IndexFiles() {}

  /** Every shard key of a language: the manifest's own plus those in its keys files, sorted. */
  static List<String> shardKeys(List<IndexFile> files, String lang) {
    var keys = new ArrayList<String>();
    for (IndexFile f : files) {
      if (f.path().equals("search/index-" + lang + ".js")) {
        keys.addAll(strings(f.content(), "\"shards\":\\[([^\\]]*)]"));
      } else if (f.path().startsWith("search/" + lang + "/k/")) {
        keys.addAll(strings(f.content(), ",(\\[[^\\]]*])\\);"));
      }
    }
    keys.sort(String::compareTo);
    return keys;
  }

  static List<String> strings(String content, String arrayPattern) {
    Matcher m = Pattern.compile(arrayPattern).matcher(content);
    if (!m.find()) {
      throw new AssertionError("no " + arrayPattern + " in " + content);
    }
    var out = new ArrayList<String>();
    Matcher s = STRING.matcher(m.group(1));
    while (s.find()) {
      out.add(s.group(1));
    }
    return out;
  }
}
