package dev.bindery.schemas.corpus;

import static dev.bindery.schemas.corpus.CorpusGenerator.envelope;
import static dev.bindery.schemas.corpus.CorpusGenerator.list;
import static dev.bindery.schemas.corpus.CorpusGenerator.obj;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The basket microservice's checkout (seed: the CDK "Adding EventBridge" walkthrough, rule on source
 * {@code com.swn.basket.checkoutbasket} and detail-type {@code CheckoutBasket}); the detail is the checkout request
 * of that e-shop: user and address data, payment, and the basket's items.
 */
final class BasketKind {

    private static final String SOURCE = "com.swn.basket.checkoutbasket";
    /** A small catalogue: product id, name, price in cents, colours it comes in (none: no colour attribute). */
    private static final Object[][] CATALOGUE = {
        {"IPhone X", 95000L, new String[] {"Black", "White"}},
        {"Samsung 10", 84000L, new String[] {"Black", "Blue", "Red"}},
        {"Huawei Plus", 65000L, new String[] {"Black", "White", "Red"}},
        {"Xiaomi Mi 9", 47050L, new String[] {"Blue", "Black"}},
        {"HTC U11+ Plus", 38000L, new String[] {"Black"}},
        {"LG G7 ThinQ", 24099L, new String[] {"Blue", "White"}},
        {"Panasonic Lumix", 124900L, new String[0]},
        {"USB-C Charger", 1999L, new String[0]},
        {"Wireless Earbuds", 7950L, new String[] {"White", "Black"}},
        {"Phone Case", 1500L, new String[] {"Red", "Blue", "Black", "Green"}},
        {"Screen Protector", 999L, new String[0]},
        {"Smart Watch", 19900L, new String[] {"Black", "Green"}},
    };

    private BasketKind() {}

    static List<Map<String, Object>> checkout(Gen g) {
        String[] productIds = new String[CATALOGUE.length];
        for (int i = 0; i < productIds.length; i++) {
            productIds[i] = g.uuid();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Instant t = g.tick(5, 240);
            String first = g.first();
            String last = g.last();
            List<Object> items = new ArrayList<>();
            Map<String, Object> giftMessages = new LinkedHashMap<>();
            long total = 0;
            int n = g.chance(0.01) ? 0 : g.between(1, 4);
            for (int k = 0; k < n; k++) {
                int p = g.r.nextInt(CATALOGUE.length);
                long price = (Long) CATALOGUE[p][1];
                int quantity = g.chance(0.8) ? 1 : g.between(2, 5);
                total += price * quantity;
                Map<String, Object> item = obj("quantity", quantity);
                String[] colours = (String[]) CATALOGUE[p][2];
                if (colours.length > 0) {
                    item.put("color", g.pick(colours));
                }
                item.put("price", Gen.money(price));
                item.put("productId", productIds[p]);
                item.put("productName", CATALOGUE[p][0]);
                items.add(item);
                if (g.chance(0.05)) {
                    giftMessages.put(
                            productIds[p],
                            g.pick("Happy birthday, ", "Congratulations, ", "For you, ", "Enjoy, ", "Thank you ")
                                    + g.first()
                                    + g.pick("!", "", " - love, " + g.first()));
                }
            }
            int method = g.pick(1, 1, 1, 2, 3);
            Map<String, Object> d = obj(
                    "userName",
                    (first + last.charAt(0)).toLowerCase() + g.between(1, 99),
                    "totalPrice",
                    Gen.money(total),
                    "firstName",
                    first,
                    "lastName",
                    last,
                    "email",
                    g.email(first, last),
                    "address",
                    g.between(1, 200) + " " + g.pick("Istiklal", "Bagdat", "Main", "High", "Station")
                            + " " + g.pick("Street", "Road", "Avenue") + ", "
                            + g.pick("Istanbul", "Ankara", "London", "Berlin", "Seattle", "Austin", "Lisbon"),
                    "paymentMethod",
                    method,
                    "cardInfo",
                    method == 1 ? "**** **** **** " + g.digits(4) : null,
                    "items",
                    items);
            if (g.chance(0.15)) {
                d.put("couponCode", g.chance(0.3) ? null : g.pick("WELCOME10", "SPRING25", "FREESHIP"));
            }
            d.put("giftMessages", giftMessages);
            out.add(envelope(g, "CheckoutBasket", SOURCE, "123456789012", t, "eu-west-1", list(), d));
        }
        return out;
    }
}
