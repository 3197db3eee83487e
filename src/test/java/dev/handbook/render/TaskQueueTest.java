package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Every task runs once; after a failure no new task starts, and the failure comes out once all have ended. */
class TaskQueueTest {
  @Test
  void runsEveryTaskExactlyOnce() {
    var runs = new ConcurrentHashMap<Integer, AtomicInteger>();
    List<Runnable> tasks = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      int id = i;
      tasks.add(() -> runs.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet());
    }
    TaskQueue.runAll(tasks);
    assertEquals(5_000, runs.size());
    assertTrue(runs.values().stream().allMatch(n -> n.get() == 1));
  }

  @Test
  void aFailureStopsTheTasksNotYetStartedAndIsThrownAfterTheRunningOnesEnd() {
    RuntimeException failure = new IllegalStateException("template error");
    AtomicInteger started = new AtomicInteger();
    AtomicInteger running = new AtomicInteger();
    List<Runnable> tasks = new ArrayList<>();
    tasks.add(() -> {
      started.incrementAndGet();
      throw failure;
    });
    for (int i = 0; i < 10_000; i++) {
      tasks.add(() -> {
        started.incrementAndGet();
        running.incrementAndGet();
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        running.decrementAndGet();
      });
    }
    assertSame(failure, assertThrows(IllegalStateException.class, () -> TaskQueue.runAll(tasks)));
    assertEquals(0, running.get(), "no task is still running when the failure comes out");
    assertTrue(started.get() < 100, "tasks after the failure were skipped: " + started.get() + " started");
  }

  @Test
  void anEmptyListIsNothingToDo() {
    TaskQueue.runAll(List.of());
  }
}
