package dev.handbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Normalizer2;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Ôn lại kiến thức                 | on-lai-kien-thuc
      Đặt câu hỏi                      | dat-cau-hoi
      ĐẶT CÂU HỎI PHỎNG VẤN            | dat-cau-hoi-phong-van
      Tối ưu truy vấn với select_related | toi-uu-truy-van-voi-select_related
      WSGI Protocol                    | wsgi-protocol
      Django's ORM                     | djangos-orm
      N+1 queries                      | n-1-queries
      request.user                     | request-user
      __init__                         | __init__
      مقدمه                            | مقدمه
      مُقَدِّمه                          | مقدمه
      آموزش جنگو                       | آموزش-جنگو
      می‌شود چطور؟                     | میشود-چطور
      كار با ORM                       | کار-با-orm
      ۱۰ نکته درباره Middleware        | ۱۰-نکته-درباره-middleware
      Ｆｕｌｌ Ｗｉｄｔｈ               | full-width
      '  !!  '                         | section
      ''                               | section
      """)
  void slugs(String heading, String expected) {
    assertEquals(expected, Slugs.slug(heading == null ? "" : heading));
  }

  @Test
  void decomposedVietnameseGivesTheSameSlug() {
    String nfd = Normalizer2.getNFDInstance().normalize("Ôn lại kiến thức");
    assertEquals("on-lai-kien-thuc", Slugs.slug(nfd));
  }

  @Test
  void safeFromManyThreads() throws Exception {
    var pool = Executors.newFixedThreadPool(4);
    try {
      var futures = new ArrayList<Future<String>>();
      for (int i = 0; i < 200; i++) {
        futures.add(pool.submit(() -> Slugs.slug("Tối ưu truy vấn")));
      }
      for (var f : futures) {
        assertEquals("toi-uu-truy-van", f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
