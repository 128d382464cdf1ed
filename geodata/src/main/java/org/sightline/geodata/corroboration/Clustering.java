package org.sightline.geodata.corroboration;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntPredicate;

/** Connected components of the match graph over an {@link ItemIndex}. Stateless and thread-safe. */
final class Clustering {
  private Clustering() {}

  /**
   * Every component, each as its members' positions in ascending order, the components in order of
   * their first member. Each pair of candidates is considered once (from its larger position), and
   * its places are compared only when the two are not yet connected: the components do not depend
   * on the order of the pairs, so neither do they on the order of the input.
   */
  static int[][] components(ItemIndex index, Tolerances tolerances) {
    int n = index.size();
    UnionFind sets = new UnionFind(n);
    long days = tolerances.timeDays();
    double metres = tolerances.placeM();
    for (int i = 0; i < n; i++) {
      int item = i;
      index.candidates(
          item,
          days,
          metres,
          j -> {
            if (j < item && sets.find(item) != sets.find(j) && index.within(item, j, metres)) {
              sets.union(item, j);
            }
          });
    }
    int[] number = new int[n];
    Arrays.fill(number, -1);
    int[] sizes = new int[n];
    int count = 0;
    int[] componentOf = new int[n];
    for (int i = 0; i < n; i++) {
      int root = sets.find(i);
      if (number[root] < 0) {
        number[root] = count++;
      }
      componentOf[i] = number[root];
      sizes[componentOf[i]]++;
    }
    int[][] components = new int[count][];
    int[] filled = new int[count];
    for (int c = 0; c < count; c++) {
      components[c] = new int[sizes[c]];
    }
    for (int i = 0; i < n; i++) {
      int c = componentOf[i];
      components[c][filled[c]++] = i;
    }
    return components;
  }

  /** Receives the edges of a spanning tree. */
  @FunctionalInterface
  interface TreeEdges {
    /** {@code child} was reached through {@code via}. */
    void joined(int child, int via);
  }

  /**
   * The positions connected to the seeds through items {@code allowed} accepts, ascending; seeds
   * are included when allowed. Breadth-first, each item's neighbours taken in ascending position,
   * so {@code tree} (when given) receives a spanning tree that depends only on the graph, not on
   * the order of the input.
   */
  static int[] reach(
      ItemIndex index, int[] seeds, Tolerances tolerances, IntPredicate allowed, TreeEdges tree) {
    long days = tolerances.timeDays();
    double metres = tolerances.placeM();
    BitSet reached = new BitSet(index.size());
    int[] queue = new int[16];
    int head = 0;
    int tail = 0;
    for (int s : seeds) {
      if (allowed.test(s) && !reached.get(s)) {
        reached.set(s);
        queue = grow(queue, tail);
        queue[tail++] = s;
      }
    }
    IntList found = new IntList();
    while (head < tail) {
      int u = queue[head++];
      found.clear();
      index.candidates(
          u,
          days,
          metres,
          j -> {
            if (!reached.get(j) && allowed.test(j)) {
              found.add(j);
            }
          });
      int[] neighbours = found.sorted();
      for (int v : neighbours) {
        if (!reached.get(v) && index.within(u, v, metres)) {
          reached.set(v);
          if (tree != null) {
            tree.joined(v, u);
          }
          queue = grow(queue, tail);
          queue[tail++] = v;
        }
      }
    }
    return reached.stream().toArray();
  }

  private static int[] grow(int[] queue, int size) {
    return size < queue.length ? queue : Arrays.copyOf(queue, queue.length * 2);
  }

  /** A growing list of positions. */
  private static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void clear() {
      size = 0;
    }

    int[] sorted() {
      int[] copy = Arrays.copyOf(values, size);
      Arrays.sort(copy);
      return copy;
    }
  }
}
