package org.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.deveval.DevEval;

/**
 * Language detection: paragraphs written for this test in ten languages, the shipped seeds and the dev-eval
 * articles (all English). The quick English test must never claim a text that is not English.
 */
class LanguagesTest {

    /** Short news paragraphs written for this test, one per language: code | text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fra | Le conseil municipal a annoncé mardi que la nouvelle ligne de tramway ouvrira au printemps, avec deux ans de retard, après qu'un audit a montré que les travaux avaient été sous-estimés. Le surcoût atteint 71,4 millions d'euros selon la Cour des comptes régionale.
            deu | Der Stadtrat teilte am Dienstag mit, dass die neue Straßenbahnlinie im Frühjahr mit zwei Jahren Verspätung eröffnet wird. Nach Angaben des Landesrechnungshofs stiegen die Kosten um 12 Millionen Euro, weil die Arbeiten unterschätzt worden waren.
            spa | El ayuntamiento anunció el martes que la nueva línea de tranvía abrirá en primavera, con dos años de retraso, después de que una auditoría revelara que las obras habían sido subestimadas. El sobrecoste alcanza los 12 millones de euros, según la oficina regional.
            ita | Il consiglio comunale ha annunciato martedì che la nuova linea del tram aprirà in primavera, con due anni di ritardo, dopo che una verifica ha mostrato che i lavori erano stati sottovalutati. I costi sono aumentati di 12 milioni di euro secondo la corte dei conti.
            por | A câmara municipal anunciou na terça-feira que a nova linha de elétrico vai abrir na primavera, com dois anos de atraso, depois de uma auditoria ter mostrado que as obras tinham sido subestimadas. O custo aumentou 12 milhões de euros, segundo o tribunal de contas.
            nld | De gemeenteraad heeft dinsdag bekendgemaakt dat de nieuwe tramlijn in het voorjaar opengaat, twee jaar later dan gepland, nadat een controle had aangetoond dat het werk was onderschat. De kosten zijn volgens de rekenkamer met 12 miljoen euro gestegen.
            ukr | Міська рада у вівторок повідомила, що нова трамвайна лінія відкриється навесні із запізненням на два роки, після того як аудит показав, що обсяг робіт було недооцінено. За даними рахункової палати, витрати зросли на 90 тисяч гривень на кожен кілометр.
            rus | Городской совет во вторник сообщил, что новая трамвайная линия откроется весной с опозданием на два года, после того как проверка показала, что объём работ был недооценён. По данным счётной палаты, расходы выросли на 12 миллионов рублей.
            pol | Rada miasta poinformowała we wtorek, że nowa linia tramwajowa zostanie otwarta wiosną, z dwuletnim opóźnieniem, po tym jak audyt wykazał, że prace zostały niedoszacowane. Według izby obrachunkowej koszty wzrosły o 12 milionów złotych.
            swe | Kommunfullmäktige meddelade på tisdagen att den nya spårvägslinjen öppnar i vår, två år senare än planerat, efter att en granskning visat att arbetet hade underskattats. Kostnaden har enligt revisionskontoret ökat med 12 miljoner kronor.
            """)
    void detectsTheLanguageOfAParagraph(String code, String text) {
        assertThat(Languages.plainlyEnglish(text)).as("the quick English test on %s", code).isFalse();
        assertThat(Languages.detect(null, text)).isEqualTo(code);
        assertThat(Languages.extractionReads(code)).isFalse();
    }

    @Test
    void tooLittleTextHasNoLanguage() {
        assertThat(Languages.detect(null, "12 000 000")).isNull();
        assertThat(Languages.detect("", "")).isNull();
        assertThat(Languages.extractionReads(null)).isTrue();
    }

    @Test
    void namesAreEnglishAndCodesNotListedStayCodes() {
        assertThat(Languages.name("fra")).isEqualTo("French");
        assertThat(Languages.name("ukr")).isEqualTo("Ukrainian");
        assertThat(Languages.name("xyz")).isEqualTo("xyz");
        assertThat(Languages.name(null)).isEqualTo("unknown");
        assertThat(Languages.codes()).first().isEqualTo(Languages.ENGLISH);
    }

    @Test
    void seedsAreEnglishByTheQuickTest() throws IOException {
        Path seeds = Path.of(System.getProperty("parallax.seeds", "seeds"));
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            String text = Files.readString(f);
            assertThat(Languages.plainlyEnglish(Languages.sample(text))).as(f.toString()).isTrue();
            assertThat(Languages.detect(null, text)).as(f.toString()).isEqualTo(Languages.ENGLISH);
        }
    }

    @Test
    void devEvalArticlesAreEnglish() {
        List<String> slow = new ArrayList<>();
        int count = 0;
        for (DevEval.Story story : DevEval.stories()) {
            for (DevEval.Article a : story.articles()) {
                count++;
                assertThat(Languages.detect(null, a.text())).as(a.slug()).isEqualTo(Languages.ENGLISH);
                if (!Languages.plainlyEnglish(Languages.sample(a.text()))) {
                    slow.add(a.slug());
                }
            }
        }
        System.out.printf("dev-eval: %d articles, all English; %d needed the model: %s%n", count, slow.size(), slow);
        assertThat(count).isPositive();
    }
}
