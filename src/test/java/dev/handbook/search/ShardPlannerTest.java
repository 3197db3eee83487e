package dev.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ShardPlannerTest {
  private static List<String> keys(List<ShardPlanner.Shard> shards) {
    return shards.stream().map(ShardPlanner.Shard::key).toList();
  }

  @Test
  void smallIndexHasOneShardPerFirstCharacter() {
    var sizes = new TreeMap<String, Integer>();
    for (String t : List.of("django", "debug", "orm", "می", "میشود", "۱")) {
      sizes.put(t, 10);
    }
    assertEquals(List.of("d", "o", "م", "۱"), keys(ShardPlanner.plan(sizes, 100)));
  }

  @Test
  void bigShardsSplitByOneMoreCharacterAndKeepTheirExactTerm() {
    var sizes = new TreeMap<String, Integer>();
    for (String t : List.of("d", "da", "data", "django", "djangos", "do")) {
      sizes.put(t, 40);
    }
    var shards = ShardPlanner.plan(sizes, 100);
    assertEquals(List.of("d", "da", "dj", "do"), keys(shards));
    assertEquals(List.of("d"), shards.get(0).terms());
    assertEquals(List.of("da", "data"), shards.get(1).terms());
    assertEquals("dj", SearchIndexFiles.shardKeyFor("djangos", keys(shards)));
    assertEquals("d", SearchIndexFiles.shardKeyFor("dx", keys(shards)));
  }

  @Test
  void oneHugeTermGetsAShardOfItsOwn() {
    var sizes = new TreeMap<String, Integer>();
    sizes.put("the", 50_000);
    sizes.put("then", 10);
    sizes.put("there", 10);
    var shards = ShardPlanner.plan(sizes, 100);
    assertEquals(List.of("the", "then", "ther"), keys(shards));
  }
}
