package dev.handbook.search;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * File names for term shards: the key's code points in lower-case hex joined by {@code -}
 * ({@code dj} -> {@code 64-6a}, {@code می} -> {@code 645-6cc}), so every script gives a plain
 * ASCII name that is the same on every file system and needs no URL escaping.
 */
public final class ShardNames {
  private ShardNames() {}

  public static String fileName(String key) {
    return key.codePoints().mapToObj(cp -> Integer.toHexString(cp).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining("-")) + ".js";
  }
}
