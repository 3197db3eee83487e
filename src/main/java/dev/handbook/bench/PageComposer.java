package dev.handbook.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Writes the Markdown of one synthetic page from its {@link PagePlan}: front matter, an introduction, the
 * planned headings with paragraphs, one list, one table, one fenced Python block, inline code, question cards
 * (answered and empty), and links to headings of other pages. About {@value #MEAN_WORDS} words a page.
 */
final class PageComposer {
  static final int MEAN_WORDS = 850;
  private static final int WORD_SPREAD = 140;
  private static final long BODY_SALT = 0xC2B2AE3D27D4EB4FL;
  private static final List<String> INLINE_CODE = List.of(
      "select_related", "prefetch_related", "request.user", "QuerySet.filter()", "manage.py migrate",
      "@login_required", "settings.DEBUG", "cache.get()", "transaction.atomic", "F()", "Q()",
      "get_object_or_404", "N+1", "bulk_create", "only()", "values_list", "HttpResponse", "reverse()");
  private static final List<String> MODELS = List.of(
      "Book", "Author", "Order", "Invoice", "Course", "Lesson", "Student", "Ticket", "Article", "Comment");
  private static final List<String> FIELDS = List.of(
      "title", "name", "owner", "status", "price", "slug", "author", "created_by");
  private static final List<String> FUNCTIONS = List.of(
      "list_items", "show_detail", "publish", "refresh_cache", "send_invoice", "enroll", "archive", "recount");
  private static final List<String> CODE = List.of(
      """
      from django.db import models


      class MODEL(models.Model):
          FIELD = models.CharField(max_length=NUMBER)
          created = models.DateTimeField(auto_now_add=True)

          class Meta:
              ordering = ["-created"]

          def __str__(self):
              return self.FIELD
      """,
      """
      def FUNCTION(request, pk):
          VAR = get_object_or_404(MODEL.objects.select_related("FIELD"), pk=pk)
          if not request.user.has_perm("app.view_VAR"):
              raise PermissionDenied
          return render(request, "VAR/detail.html", {"VAR": VAR})
      """,
      """
      from django.core.cache import cache


      def FUNCTION(key):
          value = cache.get(key)
          if value is None:
              value = list(MODEL.objects.filter(FIELD__isnull=False)[:NUMBER])
              cache.set(key, value, timeout=NUMBER)
          return value
      """,
      """
      @shared_task(bind=True, max_retries=3)
      def FUNCTION(self, VAR_id):
          try:
              VAR = MODEL.objects.get(pk=VAR_id)
          except MODEL.DoesNotExist:
              return None
          VAR.FIELD = "done"
          VAR.save(update_fields=["FIELD"])
      """,
      """
      class MODELTests(TestCase):
          def test_FUNCTION(self):
              VAR = MODEL.objects.create(FIELD="x" * NUMBER)
              response = self.client.get(reverse("VAR-detail", args=[VAR.pk]))
              self.assertEqual(response.status_code, 200)
      """);

  private final long seed;
  private final int totalPages;
  private final Vocabularies words;
  private final IntFunction<PagePlan> plans;

  /**
   * @param plans the plan of any page by corpus index, to link to its headings
   */
  PageComposer(long seed, int totalPages, Vocabularies words, IntFunction<PagePlan> plans) {
    this.seed = seed;
    this.totalPages = totalPages;
    this.words = words;
    this.plans = plans;
  }

  /**
   * A composed page.
   *
   * @param text the whole file: front matter and body
   * @param words words a reader reads: prose, headings, lists, tables and questions, not code or front matter
   */
  record Composed(String text, int words) {}

  Composed compose(PagePlan plan) {
    Writer w = new Writer(plan, new SplittableRandom(seed ^ (BODY_SALT * (plan.index() + 1L))));
    String text = w.write();
    return new Composed(text, w.wordCount);
  }

  /** The state of writing one page. */
  private final class Writer {
    private final PagePlan plan;
    private final SplittableRandom random;
    private final Vocabulary vocabulary;
    private final Phrasing phrasing;
    /** Prose sentences per section, index 0 being the introduction before the first heading. */
    private final List<List<String>> prose = new ArrayList<>();
    /** Blocks (list, table, code, questions) per section, in document order after the prose. */
    private final List<List<String>> blocks = new ArrayList<>();
    /** What each section is about: its sentences sometimes name a keyword of this topic. */
    private final List<BenchTopics.Spec> subjects = new ArrayList<>();
    private int wordCount;
    private int questionNumber;

    Writer(PagePlan plan, SplittableRandom random) {
      this.plan = plan;
      this.random = random;
      this.vocabulary = words.of(plan.lang());
      this.phrasing = Phrasing.of(plan.lang());
      for (int i = 0; i <= plan.headings().size(); i++) {
        prose.add(new ArrayList<>());
        blocks.add(new ArrayList<>());
        String topic = random.nextInt(10) < 7 ? plan.topics().get(random.nextInt(plan.topics().size()))
            : BenchTopics.ALL.get(random.nextInt(BenchTopics.ALL.size())).id();
        subjects.add(BenchTopics.ALL.stream().filter(t -> t.id().equals(topic)).findFirst().orElseThrow());
      }
    }

    String write() {
      int sections = plan.headings().size();
      int listAt = 1 + random.nextInt(sections);
      int tableAt = 1 + random.nextInt(sections);
      int codeAt = 1 + random.nextInt(sections);
      int qboxes = 1 + random.nextInt(3);
      List<Integer> qboxAt = new ArrayList<>();
      for (int i = 0; i < qboxes; i++) {
        qboxAt.add(1 + random.nextInt(sections));
      }
      boolean boldItems = random.nextInt(10) < 3;
      boolean qaPair = random.nextInt(10) < 3;
      int boldAt = 1 + random.nextInt(sections);
      int qaAt = 1 + random.nextInt(sections);
      for (int s = 1; s <= sections; s++) {
        wordCount += count(plan.headings().get(s - 1).text());
        if (s == listAt) {
          blocks.get(s).add(list());
        }
        if (s == tableAt) {
          blocks.get(s).add(table());
        }
        if (s == codeAt) {
          blocks.get(s).add(code());
        }
        if (boldItems && s == boldAt) {
          blocks.get(s).add(boldQuestions());
        }
        if (qaPair && s == qaAt) {
          blocks.get(s).add(qa());
        }
        for (int at : qboxAt) {
          if (at == s) {
            blocks.get(s).add(qbox());
          }
        }
      }
      links();
      int target = MEAN_WORDS - WORD_SPREAD / 2 + random.nextInt(WORD_SPREAD + 1);
      for (int s = 0; s <= sections; s++) {
        prose.get(s).add(sentence(s));
        prose.get(s).add(sentence(s));
      }
      while (wordCount < target) {
        int s = random.nextInt(sections + 1);
        prose.get(s).add(sentence(s));
      }
      int bodyWords = wordCount;
      String front = frontMatter(sentence());
      wordCount = bodyWords;
      return front + body();
    }

    private String frontMatter(String description) {
      StringBuilder out = new StringBuilder("---\n");
      out.append("title: ").append(Yaml.quoted(plan.title())).append('\n');
      out.append("description: ").append(Yaml.quoted(description)).append('\n');
      out.append("order: ").append(plan.number()).append('\n');
      out.append("topics: [").append(String.join(", ", plan.topics())).append("]\n");
      return out.append("---\n\n").toString();
    }

    private String body() {
      StringBuilder out = new StringBuilder(8 * 1024);
      paragraphs(out, prose.get(0));
      for (int s = 1; s < prose.size(); s++) {
        PagePlan.PlannedHeading heading = plan.headings().get(s - 1);
        out.append("#".repeat(heading.level())).append(' ').append(heading.text());
        if (!heading.marker().isEmpty()) {
          out.append(" {topic: ").append(heading.marker()).append('}');
        }
        out.append("\n\n");
        paragraphs(out, prose.get(s));
        for (String block : blocks.get(s)) {
          out.append(block).append('\n');
        }
      }
      return out.toString();
    }

    /** Sentences grouped into paragraphs of two to five. */
    private void paragraphs(StringBuilder out, List<String> sentences) {
      int i = 0;
      while (i < sentences.size()) {
        int n = Math.min(sentences.size() - i, 2 + random.nextInt(4));
        out.append(String.join(" ", sentences.subList(i, i + n))).append("\n\n");
        i += n;
      }
    }

    /** One to three links to headings of other pages of the language, and sometimes to another language. */
    private void links() {
      int position = PagePlan.LANGUAGES.indexOf(plan.lang());
      int inLanguage = PagePlan.pagesIn(position, totalPages);
      if (inLanguage > 1) {
        int links = 1 + random.nextInt(3);
        for (int i = 0; i < links; i++) {
          int number = 1 + random.nextInt(inLanguage);
          if (number == plan.number()) {
            continue;
          }
          PagePlan target = plans.apply((number - 1) * PagePlan.LANGUAGES.size() + position);
          PagePlan.PlannedHeading heading = target.headings().get(random.nextInt(target.headings().size()));
          addProse(phrasing.seeAlso() + " [" + target.title() + "](" + target.fileName() + "#" + heading.id() + ").");
        }
      }
      int otherPosition = (position + 1) % PagePlan.LANGUAGES.size();
      if (random.nextInt(10) < 3 && plan.number() <= PagePlan.pagesIn(otherPosition, totalPages)) {
        PagePlan other = plans.apply((plan.number() - 1) * PagePlan.LANGUAGES.size() + otherPosition);
        addProse(phrasing.otherLanguage() + " [" + other.title() + "](../" + other.lang() + "/" + other.fileName()
            + ").");
      }
    }

    private void addProse(String sentence) {
      wordCount += count(sentence);
      prose.get(random.nextInt(prose.size())).add(sentence);
    }

    private String sentence() {
      return sentence(-1);
    }

    /** A sentence of section {@code section}; one in five names a keyword of the section's subject. */
    private String sentence(int section) {
      int n = 7 + random.nextInt(12);
      int keywordAt = section >= 0 && random.nextInt(5) == 0 ? random.nextInt(n) : -1;
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          out.append(i > 2 && i < n - 2 && random.nextInt(12) == 0 ? phrasing.comma() : " ");
        }
        int pick = random.nextInt(40);
        if (i == keywordAt) {
          List<String> keywords = subjects.get(section).keywords().get(plan.lang());
          out.append(keywords.get(random.nextInt(keywords.size())));
        } else if (pick == 0) {
          out.append('`').append(INLINE_CODE.get(random.nextInt(INLINE_CODE.size()))).append('`');
        } else if (pick == 1 && i > 0) {
          out.append("**").append(vocabulary.any(random)).append("**");
        } else {
          out.append(vocabulary.any(random));
        }
      }
      String text = out.append('.').toString();
      wordCount += count(text);
      return text.startsWith("`") ? text : PagePlan.capitalized(text, phrasing);
    }

    private String list() {
      boolean ordered = random.nextInt(4) == 0;
      int items = 3 + random.nextInt(4);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < items; i++) {
        String item = PagePlan.capitalized(PagePlan.phrase(vocabulary, random, 4, 10), phrasing);
        if (random.nextInt(4) == 0) {
          item += " `" + INLINE_CODE.get(random.nextInt(INLINE_CODE.size())) + "`";
        }
        wordCount += count(item);
        out.append(ordered ? (i + 1) + ". " : "- ").append(item).append('\n');
      }
      return out.toString();
    }

    private String table() {
      List<String> headers = phrasing.tableHeaders();
      StringBuilder out = new StringBuilder("| ").append(String.join(" | ", headers)).append(" |\n|---|---|---|\n");
      int rows = 3 + random.nextInt(3);
      for (int r = 0; r < rows; r++) {
        String purpose = PagePlan.phrase(vocabulary, random, 3, 6);
        String example = PagePlan.phrase(vocabulary, random, 1, 3);
        wordCount += 1 + count(purpose) + count(example);
        out.append("| `").append(INLINE_CODE.get(random.nextInt(INLINE_CODE.size()))).append("` | ")
            .append(purpose).append(" | ").append(example).append(" |\n");
      }
      return out.toString();
    }

    private String code() {
      String model = MODELS.get(random.nextInt(MODELS.size()));
      String code = CODE.get(random.nextInt(CODE.size()))
          .replace("FUNCTION", FUNCTIONS.get(random.nextInt(FUNCTIONS.size())))
          .replace("FIELD", FIELDS.get(random.nextInt(FIELDS.size())))
          .replace("MODEL", model)
          .replace("VAR", model.toLowerCase(java.util.Locale.ROOT))
          .replace("NUMBER", Integer.toString(10 + random.nextInt(290)));
      return "```python\n" + code + "```\n";
    }

    private String question() {
      String frame = phrasing.questions().get(random.nextInt(phrasing.questions().size()));
      String text = PagePlan.capitalized(String.format(java.util.Locale.ROOT, frame, vocabulary.any(random),
          vocabulary.any(random)), phrasing);
      wordCount += count(text);
      return text;
    }

    private String answer() {
      int n = 1 + random.nextInt(3);
      List<String> sentences = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        sentences.add(sentence());
      }
      return String.join(" ", sentences);
    }

    /** A {@code /// qbox} card, answered three times out of five. */
    private String qbox() {
      String label = phrasing.number(++questionNumber) + ". " + question();
      boolean answered = random.nextInt(5) < 3;
      return "/// qbox | " + label + "\n" + (answered ? answer() + "\n" : "") + "///\n";
    }

    /** List items that open with a bold question; the text after it is the answer. */
    private String boldQuestions() {
      StringBuilder out = new StringBuilder();
      int items = 2 + random.nextInt(2);
      for (int i = 0; i < items; i++) {
        out.append("- **").append(question()).append("**");
        if (random.nextBoolean()) {
          out.append(' ').append(answer());
        }
        out.append('\n');
      }
      return out.toString();
    }

    private String qa() {
      return "Q: " + question() + "\nA: " + answer() + "\n";
    }
  }

  /** Words as a reader counts them: runs separated by spaces. */
  static int count(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = text.charAt(i) == ' ' || text.charAt(i) == '\n';
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }
}
