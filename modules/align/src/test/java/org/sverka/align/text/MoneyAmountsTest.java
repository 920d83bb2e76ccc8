package org.sverka.align.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sums of money as news writes them in both languages, with their currencies and amounts. */
class MoneyAmountsTest {
    private static List<String> read(String text) {
        return MoneyAmounts.of(text).stream()
                .map(a -> a.written() + "=" + a.currency() + ":" + (a.value() == null ? "?" : a.value().toPlainString())).toList();
    }

    @Test
    void signsBeforeAndWordsAfterTheNumberWithTheirScales() {
        assertEquals(List.of("$2 billion=DOLLAR:2000000000"), read("DARPA announced a $2 billion investment."));
        assertEquals(List.of("£125m=GBP:125000000", "£2.8bn=GBP:2800000000"), read("It sold the business for £125m, a part of the £2.8bn market."));
        assertEquals(List.of("2 миллиардов долларов=DOLLAR:2000000000"), read("DARPA объявила об инвестировании 2 миллиардов долларов."));
        assertEquals(List.of("125 млн фунтов стерлингов=GBP:125000000"), read("Бизнес продан за 125 млн фунтов стерлингов."));
        // a no-break space between the number and its scale
        assertEquals(List.of("350\u00a0тыс. долларов=DOLLAR:350000"), read("Залог составил 350\u00a0тыс. долларов."));
        assertEquals(List.of("5 billion rubles=RUB:5000000000", "$80 million=DOLLAR:80000000"), read("It costs 5 billion rubles ($80 million)."));
    }

    @Test
    void theCountryOfADollarIsReadWhereItIsNamed() {
        assertEquals(List.of("US$29 million=USD:29000000", "C$275 million=CAD:275000000"),
                read("CEPI invested US$29 million and Ottawa C$275 million."));
        assertEquals(List.of("275 миллионов канадских долларов=CAD:275000000", "4,9 млн долларов США=USD:4900000"),
                read("Канада выделила 275 миллионов канадских долларов, CEPI — 4,9 млн долларов США."));
        assertEquals(List.of("5 million U.S. dollars=USD:5000000", "5 bn yuan=CNY:5000000000", "¥300=YUAN_OR_YEN:300"),
                read("They paid 5 million U.S. dollars, 5 bn yuan and ¥300."));
    }

    @Test
    void aBarePoundAndNumbersWithoutACurrencyAreNoMoney() {
        assertEquals(List.of(), read("The baby weighed 7 pounds and the bag 5 кг, «10 фунтов» in Russian."));
        assertEquals(List.of(), read("Some 350,000 people marched on 5 May."));
    }

    @Test
    void dollarsOfNoNamedCountryAgreeWithAnyDollarOnly() {
        assertTrue(MoneyAmounts.Currency.DOLLAR.compatible(MoneyAmounts.Currency.CAD));
        assertTrue(MoneyAmounts.Currency.USD.compatible(MoneyAmounts.Currency.DOLLAR));
        assertFalse(MoneyAmounts.Currency.USD.compatible(MoneyAmounts.Currency.CAD));
        assertFalse(MoneyAmounts.Currency.DOLLAR.compatible(MoneyAmounts.Currency.EUR));
        assertTrue(MoneyAmounts.Currency.YUAN_OR_YEN.compatible(MoneyAmounts.Currency.JPY));
        assertFalse(MoneyAmounts.Currency.CNY.compatible(MoneyAmounts.Currency.JPY));
    }
}
