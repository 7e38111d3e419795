/* test_fixup.c — each rule family of the repair stage on short cases, with
 * the real dictionary, statistics and rule tables: a wrong repair or a
 * right word changed fails here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "fixup.h"
#include "md_write.h"
#include "testhelp.h"
#include "textin.h"

static Fixer *F;

/* Repair d (freed here) and return its first Markdown line (static), or
 * all of it when whole. */
static const char *repair_md(Doc *d, int whole) {
  static char out[4096];
  RensaErr e;
  FixReport *r = fix_report_new();
  fix_doc(F, d, r, &e);
  FILE *m = fmemopen(out, sizeof out - 1, "w");
  md_write(d, m);
  fclose(m);
  if (!whole) out[strcspn(out, "\n")] = '\0';
  fix_report_free(r);
  doc_free(d);
  return out;
}

static const char *repair(Doc *d) { return repair_md(d, 0); }

/* Repair text and return all of its Markdown (static buffer). */
static const char *fix_whole(const char *text) {
  RensaErr e;
  Doc *d = textin_read_buffer("t", text, strlen(text), &e);
  return d ? repair_md(d, 1) : "(read error)";
}

/* Repair text and return the Markdown (static buffer). */
static const char *fix(const char *text) {
  RensaErr e;
  Doc *d = textin_read_buffer("t", text, strlen(text), &e);
  return d ? repair(d) : "(read error)";
}

/* Repair text as if rensa's own OCR had read it with confidence conf:
 * one page from OCR, one word per token.  Returns the Markdown (static). */
static const char *fix_ocr(const char *text, float conf) {
  RensaErr e;
  Doc *d = textin_read_buffer("t", text, strlen(text), &e);
  if (!d) return "(read error)";
  for (size_t p = 0; p < d->npages; p++) {
    DocPage *pg = &d->pages[p];
    pg->from_ocr = 1;
    pg->width = 2480;
    pg->height = 3508;
    for (size_t b = 0; b < pg->nblocks; b++)
      for (size_t l = 0; l < pg->blocks[b].nlines; l++)
        for (size_t w = 0; w < pg->blocks[b].lines[l].nwords; w++)
          pg->blocks[b].lines[l].words[w].conf = conf;
  }
  return repair(d);
}

/* Repair text as if it came from a PDF's text layer (what the author
 * wrote: no OCR, boxes in points).  Returns the Markdown (static). */
static const char *fix_layer(const char *text) {
  RensaErr e;
  Doc *d = textin_read_buffer("t", text, strlen(text), &e);
  if (!d) return "(read error)";
  for (size_t p = 0; p < d->npages; p++) {
    d->pages[p].width = 595;
    d->pages[p].height = 842;
  }
  return repair(d);
}

/* As fix_layer, the first word text-joined ("hjärtlungräddning") marked
 * as the page layout's join of "hjärt-" at a line end with the next
 * line's first word. */
static const char *fix_layer_joined(const char *text, const char *joined, const char *head) {
  RensaErr e;
  Doc *d = textin_read_buffer("t", text, strlen(text), &e);
  if (!d) return "(read error)";
  for (size_t p = 0; p < d->npages; p++) {
    d->pages[p].width = 595;
    d->pages[p].height = 842;
    for (size_t b = 0; b < d->pages[p].nblocks; b++)
      for (size_t l = 0; l < d->pages[p].blocks[b].nlines; l++)
        for (size_t w = 0; w < d->pages[p].blocks[b].lines[l].nwords; w++) {
          DocWord *x = &d->pages[p].blocks[b].lines[l].words[w];
          if (!strcmp(x->text, joined) && !x->orig) {
            x->flags |= DOC_W_HYPHEN_JOINED;
            x->orig = strdup(head);
            joined = "";   /* (the first only) */
          }
        }
  }
  return repair(d);
}

/* The context rules as the decisions see them: each condition where it
 * holds and where it does not ("laga kraft"; "år" after a range whatever
 * follows, after a count not before another count; "bor." at a sentence's
 * end; "*satt" inside a sentence only). */
static void test_context_rules(void) {
  RensaErr e;
  DictRules *r = dict_rules_load("../dict/rules/confusions.rules", &e);
  TEST_CHECK(r != NULL);
  if (!r) return;
  TEST_CHECK(dict_rules_context(r, "vunnit", "laga", "kraft") > 0);
  TEST_CHECK(dict_rules_context(r, "så", "har", "två") > 0);
  TEST_CHECK(dict_rules_context(r, "vi", "har", "<num>") > 0);
  /* (inside a sentence only the reports' prior, 2 nats; at its start none) */
  TEST_CHECK(dict_rules_context(r, "vi", "har", "handlingsplaner") == 2.0);
  TEST_CHECK(dict_rules_context(r, "<s>", "har", "handlingsplaner") == 0);
  /* "här" before a present tense or passive ("Här ingår", "Här
   * redovisas"), not before a supine ("har redovisats") */
  TEST_CHECK(dict_rules_context(r, "<s>", "här", "ingår") > 0);
  TEST_CHECK(dict_rules_context(r, "<s>", "här", "redovisas") > 0);
  TEST_CHECK(dict_rules_context(r, "<s>", "här", "redovisats") == 0);
  /* "hur väl", "mycket väl"; "fler än" */
  TEST_CHECK(dict_rules_context(r, "hur", "väl", "schemat") > 0);
  TEST_CHECK(dict_rules_context(r, "fler", "än", "vid") > 0);
  TEST_CHECK(dict_rules_context(r, "eget", "val", "av") == 0);
  /* "år" ends a sentence ("många år."), "är" seldom does */
  TEST_CHECK(dict_rules_context(r, "många", "år", "</s>") > dict_rules_context(r, "många", "är", "</s>") + 2.5);
  TEST_EQ_STR(fix("Kostnaderna okade for aret. Har redovisas kostnaderna per verksamhet och har ingar aven lokalerna."),
              "Kostnaderna ökade för året. Här redovisas kostnaderna per verksamhet och här ingår även lokalerna.");
  TEST_CHECK(dict_rules_place(r, "kommun"));
  TEST_CHECK(dict_rules_place(r, "län"));
  TEST_CHECK(!dict_rules_place(r, "kommunen"));
  TEST_CHECK(!dict_rules_place(r, "mun"));
  TEST_CHECK(strstr(dict_rules_place_parts(r), " åsa ") != NULL);
  TEST_CHECK(strstr(dict_rules_place_parts(r), " äng ") == NULL);
  TEST_CHECK(strstr(dict_rules_joined(r), " helår ") != NULL);
  TEST_CHECK(strstr(dict_rules_place_heads(r), " skär ") != NULL);
  TEST_CHECK(dict_rules_listed(dict_rules_place_openers(r), "norra"));
  TEST_CHECK(dict_rules_listed(dict_rules_company_forms(r), "ab"));
  TEST_CHECK(!dict_rules_listed(dict_rules_company_forms(r), "it"));
  TEST_CHECK(dict_rules_context(r, "vunnit", "låga", "kraft") == 0);
  TEST_CHECK(dict_rules_context(r, "<range>", "år", "<count>") > 0);
  TEST_CHECK(dict_rules_context(r, "<num>", "år", "<count>") == 0);
  TEST_CHECK(dict_rules_context(r, "<num>", "år", "och") > 0);
  TEST_CHECK(dict_rules_context(r, "de", "bor", "</s>") > 0);
  TEST_CHECK(dict_rules_context(r, "de", "bor", "ett") == 0);
  TEST_CHECK(dict_rules_context(r, "du", "bor", "när") > 0);
  TEST_CHECK(dict_rules_context(r, "du", "bor", "göra") == 0);
  TEST_CHECK(dict_rules_context(r, "tjugo", "år", "sedan") > 0);
  TEST_CHECK(dict_rules_context(r, "ge", "råd", "och") > 0);
  TEST_CHECK(dict_rules_context(r, "ny", "råd", "och") == 0);
  TEST_CHECK(dict_rules_context(r, "hus", "brann", "ned") > 0);
  TEST_CHECK(dict_rules_context(r, "<s>", "brann", "ned") == 0);
  TEST_CHECK(dict_rules_context(r, "<num>", "brandmän", "och") > 0);
  TEST_CHECK(dict_rules_context(r, "en", "brandman", "och") == 0);
  TEST_CHECK(dict_rules_context(r, "köket", "stod", "klart") > 0);
  TEST_CHECK(dict_rules_context(r, "med", "stod", "av") == 0);
  TEST_CHECK(dict_rules_context(r, "fortsatt", "svår", "särskilt") > 0);
  TEST_CHECK(dict_rules_context(r, "nämnden", "fortsatt", "att") > 0);
  TEST_CHECK(dict_rules_context(r, "<s>", "fortsatt", "att") == 0);
  TEST_CHECK(dict_rules_context(r, "<s>", "stärka", "det") > 0);
  TEST_CHECK(dict_rules_context(r, "<s>", "starka", "det") == 0);
  TEST_CHECK(dict_rules_context(r, "tjänsten", "stod", "vakant") > 0);
  TEST_CHECK(dict_rules_context(r, "vi", "når", "målvärdet") > 0);
  TEST_CHECK(dict_rules_context(r, "vi", "när", "målvärdet") == 0);
  TEST_CHECK(dict_rules_context(r, "de", "lågt", "belägna") > 0);
  TEST_CHECK(dict_rules_context(r, "har", "lagt", "belägna") == 0);
  TEST_CHECK(dict_rules_context(r, "<s>", "mark", "och") > 0);
  TEST_CHECK(dict_rules_context(r, "köpt", "mark", "och") == 0);
  TEST_CHECK(dict_rules_context(r, "en", "säker", "drift") > 0);
  TEST_CHECK(dict_rules_context(r, "många", "säker", "och") == 0);
  TEST_CHECK(dict_rules_context(r, "<s>", "fortsatt", "höga") > 0);
  TEST_CHECK(dict_rules_context(r, "svinnet", "mäts", "nu") > 0);
  TEST_CHECK(dict_rules_context(r, "svinnet", "mäts", "kvalitet") == 0);
  TEST_CHECK(dict_rules_context(r, "när", "hallen", "var") > 0);
  TEST_CHECK(dict_rules_context(r, "<s>", "här", "återstår") > 0);
  TEST_CHECK(dict_rules_context(r, "fortsatt", "svårt", "för") > 0);
  TEST_CHECK(dict_rules_context(r, "är", "svårt", "att") > 0);
  TEST_CHECK(dict_rules_context(r, "en", "svår", "men") > 0);
  TEST_CHECK(dict_rules_context(r, "ett", "svår", "men") == 0);
  TEST_CHECK(dict_rules_context(r, "under", "svåra", "förhållanden") > 0);
  TEST_CHECK(dict_rules_context(r, "senaste", "årens", "satsningar") > 0);
  TEST_CHECK(dict_rules_context(r, "två", "är", "delvis") > 0);
  TEST_CHECK(dict_rules_context(r, "flera", "är", "inte") == 0);
  TEST_CHECK(dict_rules_context(r, "under", "hösten", "</s>") > 0);
  TEST_CHECK(dict_rules_context(r, "inför", "våren", "</s>") > 0);
  TEST_CHECK(dict_rules_context(r, "har", "nått", "målet") > 0);
  TEST_CHECK(dict_rules_context(r, "har", "mätt", "</s>") > 0);
  TEST_CHECK(dict_rules_context(r, "har", "mått", "bra") > 0);
  TEST_CHECK(dict_rules_context(r, "en", "nått", "målet") == 0);
  TEST_CHECK(dict_rules_context(r, "respektive", "år", "</s>") > 0);
  TEST_CHECK(dict_rules_context(r, "men", "når", "ännu") > 0);
  TEST_CHECK(dict_rules_context(r, "men", "når", "det") == 0);
  {
    const char *had[] = {"produkter", "flera", "har"}, *none[] = {"produkter", "flera"};
    TEST_CHECK(dict_rules_context_clause(r, "produkter", "ersatts", "med", had, 3) > 0);
    TEST_CHECK(dict_rules_context_clause(r, "produkter", "ersatts", "med", none, 2) == 0);
    TEST_CHECK(dict_rules_context(r, "produkter", "ersatts", "med") == 0);
    TEST_CHECK(dict_rules_context_clause(r, "medel", "förts", "över", (const char *[]){"har"}, 1) > 0);
    TEST_CHECK(dict_rules_context_clause(r, "sex", "nått", "eller", (const char *[]){"sex", "har"}, 2) > 0);
  }
  dict_rules_free(r);
}

int main(void) {
  RensaErr e;
  F = fix_new(NULL, &e);
  if (!F) {
    fprintf(stderr, "cannot load fixer: %s\n", e.msg);
    return 1;
  }
  test_context_rules();
  /* diacritics lost to plain letters (a damaged document) */
  TEST_EQ_STR(fix("Utfallet for perioden ar 36,3 mkr och visar 4,2 mkr i overskott jamfort med budget."),
              "Utfallet för perioden är 36,3 mkr och visar 4,2 mkr i överskott jämfört med budget.");
  /* a form Hunspell forbids ("hushall", "Varmland": misspellings the
   * dictionary lists in order to refuse them) is no word to keep */
  TEST_EQ_STR(fix("Insamling av forpackningar fran hushallen har okat i Varmland."),
              "Insamling av förpackningar från hushållen har ökat i Värmland.");
  /* the OCR's capital for a lost ö is lowered inside a sentence, but not
   * in a place's name */
  TEST_EQ_STR(fix("Kostnaderna har Okat i Ostra hamnen."),
              "Kostnaderna har ökat i Östra hamnen.");
  /* a PDF's line-end hyphen the layout joined goes back where the joined
   * word is no word and the document prints the word with it elsewhere;
   * without that, the join stands */
  TEST_EQ_STR(fix_layer_joined("Kurser i hjärtlungräddning gavs. Mer om hjärt-lungräddning nedan.",
                               "hjärtlungräddning", "hjärt-"),
              "Kurser i hjärt-lungräddning gavs. Mer om hjärt-lungräddning nedan.");
  TEST_EQ_STR(fix_layer_joined("Kurser i hjärtlungräddning gavs.", "hjärtlungräddning", "hjärt-"),
              "Kurser i hjärtlungräddning gavs.");
  /* a small-letter confusion (n for h) is no reading of a capital: the
   * name "Norrsunda" does not become "Horrsunda"; "kosthad" is mended */
  TEST_EQ_STR(fix("Förskolan i Norrsunda byggs. Kosthaden blev lagre."),
              "Förskolan i Norrsunda byggs. Kostnaden blev lägre.");
  /* restoring the letters as printed beats a reading that drops one
   * ("ad" for ä would make "sammanträde" of "sammantradde"); "beradknas",
   * whose letters make no word, still takes it */
  TEST_EQ_STR(fix("Det ar bra att styrelsen sammantradde elva ganger. Kostnaden beradknas bli lagre."),
              "Det är bra att styrelsen sammanträdde elva gånger. Kostnaden beräknas bli lägre.");
  /* a word that lost its å or ä altogether, between words; the unit and
   * the abbreviation, after or before a number, stay */
  TEST_EQ_STR(fix("Det ar bra att vi har de ml som galler nr arendet kommer. Lagg till 5 ml vatten enligt nr 4."),
              "Det är bra att vi har de mål som gäller när ärendet kommer. Lägg till 5 ml vatten enligt nr 4.");
  /* a word that printed a stand-in, which nothing else makes a word of,
   * is a compound of two listed parts Hunspell refuses ("nöd|vatten") */
  TEST_EQ_STR(fix("Det ar bra att kommunen delade ut nédvatten till alla."),
              "Det är bra att kommunen delade ut nödvatten till alla.");
  /* "är" whose dots joined a capital after a name inside a sentence is
   * the verb, small, not a header's word */
  TEST_EQ_STR(fix("Det ar bra att forskolan i Ekbacken Ar i det narmaste full."),
              "Det är bra att förskolan i Ekbacken är i det närmaste full.");
  /* a short word that lost its ö whole is weighed against the d for å
   * the first tiers read in it ("std": "stöd", not "stå") */
  TEST_EQ_STR(fix("Det ar bra att rektorer far std av en kollega."),
              "Det är bra att rektorer får stöd av en kollega.");
  /* a tier opened because the first made only a word the statistics
   * never saw adds no word of two tiers' letters ("héjda" is "höjda",
   * not "nöjda" by an h read for n as well); the noun opens a heading,
   * not the help texts' imperative ("Mark", not "Märk") */
  TEST_EQ_STR(fix("Det ar bra att taxorna ar héjda till nasta ar. Mark och exploatering."),
              "Det är bra att taxorna är höjda till nästa år. Mark och exploatering.");
  /* a heading's number before a word whose lost ring became a capital
   * keeps the heading's capital ("3 Årets viktigaste händelser"), where a
   * table row's figures follow it lowers ("65 år och äldre 2 340"); a
   * section sign after a letter is the OCR's å ("P§"), alone it stays */
  TEST_EQ_STR(fix("3 Arets viktigaste handelser\n\nDet ar bra att vi har mer an forut och att malen nas.\n"),
              "## 3 Årets viktigaste händelser");
  TEST_EQ_STR(fix("Aldre 65 Ar och aldre 2 340\n\nDet ar bra att vi har mer an forut och att malen nas.\n"),
              "Äldre 65 år och äldre 2 340");
  TEST_EQ_STR(fix("P\u00a7 langre sikt, enligt \u00a7 12, ar det bra nar indikatorn nar malvardet."),
              "På längre sikt, enligt \u00a7 12, är det bra när indikatorn når målvärdet.");
  /* a compound of a long listed head the statistics never saw and a
   * tail they know ("skolpsykolog|tjänst"), which Hunspell refuses */
  TEST_EQ_STR(fix("Det ar bra att en skolpsykologtjanst har tillsatts."),
              "Det är bra att en skolpsykologtjänst har tillsatts.");
  /* a word of two listed words as printed gets no letter put in that
   * makes another compound ("elev|tal" is no "elev|åtal") */
  TEST_EQ_STR(fix("Det ar bra att resurserna foljer elevtal och behov."),
              "Det är bra att resurserna följer elevtal och behov.");
  /* a capital inside a sentence makes a name the dictionary lists the
   * reading ("Laxå", no "Läxa"); a sentence's first word is no name */
  TEST_EQ_STR(fix("Det ar bra att vi far mer tid for arbetet i ar. Motet holls i Laxa kommun. Laxa gjordes."),
              "Det är bra att vi får mer tid för arbetet i år. Mötet hölls i Laxå kommun. Läxa gjordes.");
  /* a compound's split takes the stem the document shows elsewhere:
   * "bassäng|tekniken" beside "bassängerna", no "bas|sångtekniken" */
  TEST_EQ_STR(fix("Det ar bassangtekniken i simhallen och bassangerna som ar gamla."),
              "Det är bassängtekniken i simhallen och bassängerna som är gamla.");
  /* a word of several readings takes the one whose stem the document's
   * certain compounds have as a part ("cykelväg": "vägar", not "vågar") */
  TEST_EQ_STR(fix("Den nya cykelvag som byggdes i fjol ar klar. Underhallet av gator och vagar fortsatte."),
              "Den nya cykelväg som byggdes i fjol är klar. Underhållet av gator och vägar fortsatte.");
  /* a valid word the statistics never saw has no rival by a last-resort
   * confusion ("i" for å: "liter" is no "låter") */
  TEST_EQ_STR(fix("Forbrukningen av vatten minskade nagot. Forbrukning per person och dygn, liter 162 158 155"),
              "Förbrukningen av vatten minskade något. Förbrukning per person och dygn, liter 162 158 155");
  /* a compound whose likeliest parts Hunspell refuses is tried with a
   * part's next reading ("företags|halsa" no, "företags|hälsa" yes) */
  TEST_EQ_STR(fix("Det ar bra att vi far mer tid for arbetet i ar. Kontakt med foretagshalsa sker nar det behovs."),
              "Det är bra att vi får mer tid för arbetet i år. Kontakt med företagshälsa sker när det behövs.");
  /* a name the dictionary lacks joined to a common word that lost its
   * å/ä/ö keeps the name and restores the word, a street's "vägen" too */
  TEST_EQ_STR(fix("Det ar bra att vi far mer tid for arbetet i ar. Cykelvagen langs Kvarnvagen ar klar och Korsavadsanlaggningen likasa."),
              "Det är bra att vi får mer tid för arbetet i år. Cykelvägen längs Kvarnvägen är klar och Korsavadsanläggningen likaså.");
  /* OCR stand-ins: 6 -> ö, & -> ä, é -> ö, 16 -> lö, d -> å, ii -> ä */
  TEST_EQ_STR(fix("Under aret har schemalédggningen andrats och rojning langs motionsspédren gjorts."),
              "Under året har schemaläggningen ändrats och röjning längs motionsspåren gjorts.");
  TEST_EQ_STR(fix("Det ar en f6ljd av att kostnaderna &r lagre."),
              "Det är en följd av att kostnaderna är lägre.");
  /* o + d for one ö (tier 2); real words with "od" stay */
  TEST_EQ_STR(fix("Vi har pabodrjat arbetet. Uppfodljning sker varje kvartal, kod och modell ar klara."),
              "Vi har påbörjat arbetet. Uppföljning sker varje kvartal, kod och modell är klara.");
  /* an @ between letters is the OCR's ö; an address, or a handle, stays */
  TEST_EQ_STR(fix("Politiker har haft m@jlighet att mota foretagare, skriv till anna.berg@ale.se eller @kommunen."),
              "Politiker har haft möjlighet att möta företagare, skriv till anna.berg@ale.se eller @kommunen.");
  TEST_EQ_STR(fix("Vi behéver ta fér givet att arbetet gar vidare."),
              "Vi behöver ta för givet att arbetet går vidare.");
  TEST_EQ_STR(fix("Arets forsta manader har priglats av 16pande arbetsuppgifter."),
              "Årets första månader har präglats av löpande arbetsuppgifter.");
  TEST_EQ_STR(fix("Om inte behover specifika dtgarder sattas in."),
              "Om inte behöver specifika åtgärder sättas in.");
  /* the participle before a plural noun, the infinitive after a modal */
  TEST_EQ_STR(fix("Fortsatta uppgifter med anledning av planen. Vi ska fortsatta arbetet."),
              "Fortsatta uppgifter med anledning av planen. Vi ska fortsätta arbetet.");
  /* "kommer" takes the infinitive without its "att" too */
  TEST_EQ_STR(fix("Arbetet med planen kommer fortsatta under 2024."),
              "Arbetet med planen kommer fortsätta under 2024.");
  /* the participle before a bare noun ("Fortsatt förnyelse", seed 004's
   * heading), the imperative before its definite object */
  TEST_EQ_STR(fix("Fortsatt fornyelse av kommunens digitala miljoer. Fortsatt arbetet med planen!"),
              "Fortsatt förnyelse av kommunens digitala miljöer. Fortsätt arbetet med planen!");
  /* tier 4, binarised scans: "t" for l on words rensa's OCR doubted, not
   * on confident ones; on OCR text of unknown origin as a last guess,
   * into a word the statistics know */
  TEST_EQ_STR(fix_ocr("Arbetet med utveckting av kommunen fortsatte.", 60),
              "Arbetet med utveckling av kommunen fortsatte.");
  TEST_EQ_STR(fix_ocr("Arbetet med utveckting av kommunen fortsatte.", 96),
              "Arbetet med utveckting av kommunen fortsatte.");
  TEST_EQ_STR(fix("Arbetet med utveckting av kommunen fortsatte."),
              "Arbetet med utveckling av kommunen fortsatte.");
  /* a confident reading that is no word gets its å/ä/ö back, nothing
   * else: valid words ("man", "har": common in their own right) and
   * other repairs stay */
  TEST_EQ_STR(fix_ocr("Det blir istallet battre i samhallet och man har utveckting.", 96),
              "Det blir istället bättre i samhället och man har utveckting.");
  /* ... in long words too, where the first three tiers' combinations
   * used up the word's work before tier 4 was tried */
  TEST_EQ_STR(fix_ocr("Kommuniedningskontoret har en handiingsplan.", 60),
              "Kommunledningskontoret har en handlingsplan.");
  TEST_EQ_STR(fix_ocr("Den förvaltningsspecitik planen.", 60), "Den förvaltningsspecifik planen.");
  /* a capitalised compound of listed words as read is a name read right:
   * no scan confusion ("Björkängeln", a word seen once, by an l) */
  TEST_EQ_STR(fix_ocr("Familjecentralen vid Björkängen har öppet.", 60),
              "Familjecentralen vid Björkängen har öppet.");
  /* a word of two listed words as read ("nöd|vatten") is not made into
   * a compound the lexicon does not list by a scan confusion ("röd|vatten");
   * into a listed word it is ("till|korn": "tillkom") */
  TEST_EQ_STR(fix_ocr("Dricksvattnet var otjänligt och nödvatten delades ut. Planen tillkorn i maj.", 60),
              "Dricksvattnet var otjänligt och nödvatten delades ut. Planen tillkom i maj.");
  /* a name the OCR read with its ring, again and again, is no sign that
   * the file lost its letters: "Lönnåsa" is not "lön|näsa" */
  TEST_EQ_STR(fix_ocr("Lönnåsa växer. I Lönnåsa bor många. Lönnåsa har en sjö. Hela Lönnåsa "
                      "firar när Lönnåsa fyller år.", 80),
              "Lönnåsa växer. I Lönnåsa bor många. Lönnåsa har en sjö. Hela Lönnåsa "
              "firar när Lönnåsa fyller år.");
  /* a compound the statistics never saw, with one misread letter, when
   * the document prints it elsewhere; else only flagged ("ekonomisysten"
   * would make "ekonomisyster") */
  TEST_EQ_STR(fix_ocr("Reparationer av ledningsnätet. Förnyelsetakt iedningsnät.", 60),
              "Reparationer av ledningsnätet. Förnyelsetakt ledningsnät.");
  TEST_EQ_STR(fix_ocr("Reparationer av vägar. Förnyelsetakt iedningsnät.", 60),
              "Reparationer av vägar. Förnyelsetakt iedningsnät.");
  TEST_EQ_STR(fix_ocr("Överskottet är större än väntat. Upphandling av ekonomisysten har pausats.", 60),
              "Överskottet är större än väntat. Upphandling av ekonomisysten har pausats.");
  /* t for a capital I (the capital kept), an invented i */
  TEST_EQ_STR(fix_ocr("tdentifierad risk hos Kommuniledningskontoret.", 60),
              "Identifierad risk hos Kommunledningskontoret.");
  /* rn for m; in OCR text only in a word of six letters or more ("Turn"
   * stays) */
  TEST_EQ_STR(fix_ocr("Sarnarbetet gick bra.", 60), "Samarbetet gick bra.");
  TEST_EQ_STR(fix("Sarnarbetet gick bra."), "Samarbetet gick bra.");
  TEST_EQ_STR(fix("Ett Turn gick bra."), "Ett Turn gick bra.");
  /* a few lines of rensa's own OCR with one word a restore would make
   * (a compound Hunspell lacks) are no file that lost its å/ä/ö: the
   * valid "hall" stays */
  TEST_EQ_STR(fix_ocr("Lovbibliotek 6-12 år 815 Uppfyllt. Öppen hall 13-19 år 1 120 Delvis.", 80),
              "Lovbibliotek 6-12 år 815 Uppfyllt. Öppen hall 13-19 år 1 120 Delvis.");
  /* an å the scan printed and the OCR read as ä, in a compound nothing
   * saw: no letter lost, only which ("ärsbudgeten"); a word with ä that
   * a swap makes no word of stays ("ärendet"), as does a capitalised
   * one (a name) */
  TEST_EQ_STR(fix_ocr("Det motsvarar 67 procent av ärsbudgeten, vilket är väntat.", 60),
              "Det motsvarar 67 procent av årsbudgeten, vilket är väntat.");
  TEST_EQ_STR(fix_ocr("Vi tog upp ärendet vid Ärsbäcken i år.", 60),
              "Vi tog upp ärendet vid Ärsbäcken i år.");
  /* two marks each read as the other in one word is another word, not a
   * misreading: the name the OCR read whole stays ("Målsäker" is a word) */
  TEST_EQ_STR(fix_ocr("Ett utegym har byggts i Mälsåker och spontanidrott i Mälsåker.", 60),
              "Ett utegym har byggts i Mälsåker och spontanidrott i Mälsåker.");
  /* a scan's confusion where the first tiers make only a word the
   * statistics never saw ("biand": "bänd" by "ia" for ä; "bland") */
  TEST_EQ_STR(fix_ocr("Personalomsättning biand socialsekreterare har minskat.", 60),
              "Personalomsättning bland socialsekreterare har minskat.");
  /* an m read twice; "komma" keeps its pair */
  TEST_EQ_STR(fix_ocr("Nämnden bedömmer att vi kommer att komma.", 60),
              "Nämnden bedömer att vi kommer att komma.");
  /* w for two v's set close; a name with w stays */
  TEST_EQ_STR(fix_ocr("Awvikelser från verksamheten hos Wallin.", 60),
              "Avvikelser från verksamheten hos Wallin.");
  /* ... and in old OCR text, where a v may be left beside the w */
  TEST_EQ_STR(fix("Inga avwvikelser hos Wallin, och Awvikelse mot budget."),
              "Inga avvikelser hos Wallin, och Avvikelse mot budget.");
  /* a for ö (dots run into the bowl); a right word with a stays */
  TEST_EQ_STR(fix_ocr("Styrning i kommunavergripande frågor vid infarskaffande av system.", 60),
              "Styrning i kommunövergripande frågor vid införskaffande av system.");
  /* more confusions of 200 dpi binarised scans: u for ti, h for li, n for
   * r, rr for m, a for o, ä for ö or a, ö for o, a lost i; right words
   * with those letters stay, and old OCR text is left as it was */
  TEST_EQ_STR(fix_ocr("Arbetet med energieffekuvitet och tillgänghga rutiner vid energibnist.", 60),
              "Arbetet med energieffektivitet och tillgängliga rutiner vid energibrist.");
  TEST_EQ_STR(fix_ocr("Kastnader för rriljon och månadsuppfäljning äv styrdökumentet.", 60),
              "Kostnader för miljön och månadsuppföljning av styrdokumentet.");
  TEST_EQ_STR(fix_ocr("Tillsvdareanställda med priortering av hus och nio rum.", 60),
              "Tillsvidareanställda med prioritering av hus och nio rum.");
  TEST_EQ_STR(fix_ocr("Kontrotter av kommunledningskortoret ska dnva och mkomma.", 60),
              "Kontroller av kommunledningskontoret ska driva och inkomma.");
  /* a stroke read as a t; n and i read as r and u */
  TEST_EQ_STR(fix_ocr("Kommuntfullmäktige och förvaltrungar återkopptlar till oss.", 60),
              "Kommunfullmäktige och förvaltningar återkopplar till oss.");
  /* an l from a speck, an l of a pair lost */
  TEST_EQ_STR(fix_ocr("Resultatet i serviceenkätlen och Städkontroler eler vilkor.", 60),
              "Resultatet i serviceenkäten och Städkontroller eller villkor.");
  /* an ö read as å, or twice (once as ä); a right å stays */
  TEST_EQ_STR(fix_ocr("Det kommunåvergripande och kommunäövergripande arbetet gick åt rätt håll.", 60),
              "Det kommunövergripande och kommunövergripande arbetet gick åt rätt håll.");
  TEST_EQ_STR(fix("Arbetet med energieffekuvitet och Kastnader."),
              "Arbetet med energieffekuvitet och Kostnader.");
  /* ... but no letter of OCR text is dropped ("I samband" read as one
   * word is no "Samband") */
  TEST_EQ_STR(fix("Isamband med bokslutet gick det bra."), "Isamband med bokslutet gick det bra.");
  /* binarised scans: H for ll, rm for m */
  TEST_EQ_STR(fix("Arbetet med strukturen eHer planen har gått bra för Kormmunledningskontoret."),
              "Arbetet med strukturen eller planen har gått bra för Kommunledningskontoret.");
  /* | for I before a lower-case word */
  TEST_EQ_STR(fix("| budgeten som fullmaktige antog framgar det."),
              "I budgeten som fullmäktige antog framgår det.");
  /* ... and for the preposition i inside a sentence, even across a line end */
  TEST_EQ_STR(fix("Arbetet |\nkommunen gar bra och | dag ar det klart."),
              "Arbetet i kommunen går bra och i dag är det klart.");
  /* a scan whose binarisation took the dots: a listed word the statistics
   * hardly know beside a well-known twin with å/ä/ö is the twin, read with
   * confidence or not; a text layer keeps it */
  TEST_EQ_STR(fix_ocr("Det ar bra att anvandare har ratt att se over sina uppgifter.", 95),
              "Det är bra att användare har rätt att se över sina uppgifter.");
  TEST_EQ_STR(fix_layer("Det ar bra att anvandare har ratt att se over sina uppgifter."),
              "Det ar bra att anvandare har ratt att se over sina uppgifter.");
  /* a text layer's tokens are the author's: no token rule touches them */
  TEST_EQ_STR(fix_layer("Det som r bra."), "Det som r bra.");
  TEST_EQ_STR(fix("Det som r bra."), "Det som är bra.");
  /* a slash between two words read as l, I or a bar; a name with a
   * capital inside and a word with an l before a capital stay */
  TEST_EQ_STR(fix("Har lev. uppfyllt krav? (JalNej) (JaINej) och ElNej McDonald."),
              "Har lev. uppfyllt krav? (Ja/Nej) (Ja/Nej) och ElNej McDonald.");
  /* compounds Hunspell knows only as compounds */
  TEST_EQ_STR(fix("Arbetet med kompetensforsorjning fortsatter."),
              "Arbetet med kompetensförsörjning fortsätter.");
  /* left alone: correct text, numbers, codes, addresses, unknown names */
  TEST_EQ_STR(fix("Det är för året och budgeten för 2024 är 3,2 mkr."),
              "Det är för året och budgeten för 2024 är 3,2 mkr.");
  TEST_EQ_STR(fix("Kontakta bjorn.jarbur@ale.se eller se www.ale.se, dnr KS.2017.59."),
              "Kontakta bjorn.jarbur@ale.se eller se www.ale.se, dnr KS.2017.59.");
  /* an address whose @ the OCR read as Q gets its @ back (and nothing
   * else); a bare domain is left alone; a sentence ending in "se." is not
   * a domain */
  TEST_EQ_STR(fix("E-post: bjorn.jarburQale.se eller kommun.se, for att se."),
              "E-post: bjorn.jarbur@ale.se eller kommun.se, för att se.");
  /* ... or as a capital D or O, with or without a bracket before it; a name
   * with a capital and a domain without a label stay */
  TEST_EQ_STR(fix("Via kulturfritidDbergsjo.se, kansli(Dbergsjo.se eller miljo(Ohallestad.se. Se McDonald.se och abcD.se."),
              "Via kulturfritid@bergsjo.se, kansli@bergsjo.se eller miljo@hallestad.se. Se McDonald.se och abcD.se.");
  TEST_EQ_STR(fix("Kommunchef Hortlund och SLA och KKIK."),
              "Kommunchef Hortlund och SLA och KKIK.");
  /* a file that keeps its å/ä/ö: a name with é, an abbreviation and an
   * English word are not lost letters */
  TEST_EQ_STR(fix("Biblioteket och Bénka dí har öppet på lördagar, även för besökare från Skåne. Gem adm är ett kontor. Läs mer on line."),
              "Biblioteket och Bénka dí har öppet på lördagar, även för besökare från Skåne. Gem adm är ett kontor. Läs mer on line.");
  /* ... but where the document's OCR prints nearly every ö as "é", a
   * capitalised word it so makes into a listed word is no accented name */
  TEST_EQ_STR(fix("Namnden har arbetat fér att férbattra verksamheten. Férvaltningen har féljt upp arbetet "
                  "och féreslagit férandringar. Ordférande ar Anders Fréjd och vice ordférande ar Karin Lund."),
              "Nämnden har arbetat för att förbättra verksamheten. Förvaltningen har följt upp arbetet "
              "och föreslagit förändringar. Ordförande är Anders Fröjd och vice ordförande är Karin Lund.");
  /* a paragraph's line that goes on with a sentence heads no table row:
   * its capital for a small ö is the OCR's */
  TEST_EQ_STR(fix("Andelen kunder som ar nojda med servicen har\nOkat for tredje aret i rad."),
              "Andelen kunder som är nöjda med servicen har ökat för tredje året i rad.");
  /* a valid word the statistics never saw, nor its rival: the
   * document's certain compound "överprövning" tells "prövning" */
  TEST_EQ_STR(fix("Antalet arenden om 6verprévning okade nagot under aret. Manga var nojda med hur snabbt "
                  "besluten kom, och fa ville andra nagot. Den nya taxan for provning och tillsyn galler fran juli."),
              "Antalet ärenden om överprövning ökade något under året. Många var nöjda med hur snabbt "
              "besluten kom, och få ville ändra något. Den nya taxan för prövning och tillsyn gäller från juli.");
  /* a compound whose head is in the form that drops its final e
   * ("markägar|förhandlingarna" of "markägare") */
  TEST_EQ_STR(fix("Arbetet drog ut pa tiden eftersom markagarförhandlingarna tog langre tid an vantat."),
              "Arbetet drog ut på tiden eftersom markägarförhandlingarna tog längre tid än väntat.");
  /* a clean text keeps a valid word that a damaged one would change */
  TEST_EQ_STR(fix("Han for hem efter mötet. Vi är nöjda och får se vad som händer på måndag."),
              "Han for hem efter mötet. Vi är nöjda och får se vad som händer på måndag.");
  /* hyphen at the line end joined only when the result is a word */
  TEST_EQ_STR(fix("Uppdraget ar en fort-\nsattning av arbetet."),
              "Uppdraget är en fortsättning av arbetet.");
  TEST_EQ_STR(fix("Kultur-\noch fritidsnamnden."), "Kultur- och fritidsnämnden.");
  /* before a word that goes on with hyphens the hyphen stays too */
  TEST_EQ_STR(fix("Det ar for manga som vantar pa de oppna prova-\npå-verksamheterna i aret."),
              "Det är för många som väntar på de öppna prova-på-verksamheterna i året.");
  /* the document prints the word with its hyphen inside a line: the
   * hyphen at the line end is the word's own, though "kundindex" is a word */
  TEST_EQ_STR(fix("Nöjd kund-index mäts varje år. Resultatet för Nöjd kund-\nindex var bättre än i fjol."),
              "Nöjd kund-index mäts varje år. Resultatet för Nöjd kund-index var bättre än i fjol.");
  TEST_EQ_STR(fix("Resultatet för Nöjd kund-\nindex var bättre än i fjol."),
              "Resultatet för Nöjd kundindex var bättre än i fjol.");
  /* after an acronym the hyphen stays: IT-säkerhet */
  TEST_EQ_STR(fix("Satsningar inom IT-\nsakerhet och HR-\nenheten ar klara for aret."),
              "Satsningar inom IT-säkerhet och HR-enheten är klara för året.");
  /* a word the statistics lack, backed off to its seen forms
   * ("kommundirektörens"), and to the document's own certain repairs */
  TEST_EQ_STR(fix("Ansvaret ligger hos kommundirektor. Kommundirektorens stab for protokoll."),
              "Ansvaret ligger hos kommundirektör. Kommundirektörens stab för protokoll.");
  TEST_EQ_STR(fix("Kulturradet ar nojt med det. Vi har kontakt med kulturrad och for dialog."),
              "Kulturrådet är nöjt med det. Vi har kontakt med kulturråd och för dialog.");
  /* two letters for one ("beradknas", "foérvaltningen"); a lone "r" */
  TEST_EQ_STR(fix("Kostnaden beradknas av foérvaltningen och det som r bra."),
              "Kostnaden beräknas av förvaltningen och det som är bra.");
  TEST_EQ_STR(fix("I deldarsrapporten ar kostnaden lagre an vantat."),
              "I delårsrapporten är kostnaden lägre än väntat.");
  TEST_EQ_STR(fix("MoOjligheterna ar stora och Rdda korset har en R6Gd flagga."),
              "Möjligheterna är stora och Röda korset har en Röd flagga.");
  /* an address's @ read as Q mid-sentence; words with a Q stay */
  TEST_EQ_STR(fix("Skriv till anna.svenssonQgoteborg.se om IQ-test och Qatar."),
              "Skriv till anna.svensson@goteborg.se om IQ-test och Qatar.");
  /* "fr" and "hg" between words are "för" and "hög" that lost their ö;
   * the abbreviation "fr.o.m." and a weight after a figure stay */
  TEST_EQ_STR(fix("Det gav merkostnader fr forvaltningen och en hg paverkan, fr.o.m. maj 5 hg mjol."),
              "Det gav merkostnader för förvaltningen och en hög påverkan, fr.o.m. maj 5 hg mjöl.");
  /* both guesses printed: the six and the plain o for one ö */
  TEST_EQ_STR(fix("Vi samverkar med andra f6orvaltningar och arbetet kommer fortlo6pa under aret."),
              "Vi samverkar med andra förvaltningar och arbetet kommer fortlöpa under året.");
  /* "år" names a year; "är" stays before other numbers */
  TEST_EQ_STR(fix("Kostnaden ar lagre jamfort med ar 2022 och overskottet ar 12 mnkr."),
              "Kostnaden är lägre jämfört med år 2022 och överskottet är 12 mnkr.");
  /* after a count that is no year, "år" ("över 85 år", "41,2 år") */
  TEST_EQ_STR(fix("Andelen invanare over 85 ar okar och medelaldern ar 41,2 ar for aret."),
              "Andelen invånare över 85 år ökar och medelåldern är 41,2 år för året.");
  /* ... but not between two figures */
  TEST_EQ_STR(fix("Av dessa 12 ar 5 kvinnor och overskottet ar storre an vantat for aret."),
              "Av dessa 12 är 5 kvinnor och överskottet är större än väntat för året.");
  /* the participle after a copula ("är fortsatt hög"), not the imperative;
   * "bor kvar", not the modal "bör" */
  TEST_EQ_STR(fix("Sjukfranvaron ar fortsatt hog men fler aldre bor kvar hemma an vantat."),
              "Sjukfrånvaron är fortsatt hög men fler äldre bor kvar hemma än väntat.");
  /* ... and inside a sentence after its subject; "bor" ending one */
  TEST_EQ_STR(fix("Med stod av statliga medel har namnden fortsatt att erbjuda aktiviteter dar "
                  "barnen bor. Verksamheten ar storre an vantat for aret."),
              "Med stöd av statliga medel har nämnden fortsatt att erbjuda aktiviteter där "
              "barnen bor. Verksamheten är större än väntat för året.");
  /* "år" after a range of ages, before a count too */
  TEST_EQ_STR(fix("Sommarlovsaktiviteter 6-15 ar 2 340 och seniorer 65 ar och aldre, storre an vantat for aret."),
              "Sommarlovsaktiviteter 6-15 år 2 340 och seniorer 65 år och äldre, större än väntat för året.");
  /* "ett år"; a capital A that was the å after a count, lower case; not
   * after a year, where a table header's word may follow */
  TEST_EQ_STR(fix("Det tog mer an ett Ar for seniorer 65 Ar och aldre. Bokslut 2023 Arets budget 2024."),
              "Det tog mer än ett år för seniorer 65 år och äldre. Bokslut 2023 Årets budget 2024.");
  /* a suspended compound's head as the document's compounds have it
   * ("sjukvård"), not as the statistics of the word alone ("värd");
   * a preposition's capital, the OCR's, lower case on the next line */
  TEST_EQ_STR(fix("Vard- och omsorgsnamnden ansvarar for halso- och sjukvard i hemmet, framst bland personer\n"
                  "Over 85 ar."),
              "Vård- och omsorgsnämnden ansvarar för hälso- och sjukvård i hemmet, främst bland personer "
              "över 85 år.");
  /* a word of two readings ("värd", "vård") as the document's certain
   * compounds have it ("öppenvård", "vårddygn") */
  TEST_EQ_STR(fix("Insatser enligt lagen om vard av unga och lagen om vard av missbrukare. Behovet av "
                  "oppenvard och varddygn har okat, och nastan alla arenden galler familjer."),
              "Insatser enligt lagen om vård av unga och lagen om vård av missbrukare. Behovet av "
              "öppenvård och vårddygn har ökat, och nästan alla ärenden gäller familjer.");
  /* "det råder", "fungerat väl"; the second l of a pair read as an i */
  TEST_EQ_STR(fix("Samarbetet har fungerat val men det rader brist pa larare. Malet ar uppfylit."),
              "Samarbetet har fungerat väl men det råder brist på lärare. Målet är uppfyllt.");
  /* the adjective "svår" after a copula, the noun "svar" elsewhere */
  TEST_EQ_STR(fix("Rekryteringen av tekniker har varit svar och tjansterna har tackts med inhyrd "
                  "personal. Vi fick svar fran kommunen. Det ar ett svar pa fragan."),
              "Rekryteringen av tekniker har varit svår och tjänsterna har täckts med inhyrd "
              "personal. Vi fick svar från kommunen. Det är ett svar på frågan.");
  /* "vara" after a preposition is "våra"; "helår" in a table's header */
  TEST_EQ_STR(fix("Flera av vara processer ar klara for aret och overskottet blev storre an vantat."),
              "Flera av våra processer är klara för året och överskottet blev större än väntat.");
  TEST_EQ_STR(fix("Prognos helar och budget helar ar lika for perioden, och overskottet ar storre an vantat."),
              "Prognos helår och budget helår är lika för perioden, och överskottet är större än väntat.");
  /* compounds judged whole by Hunspell when the splitter cannot cut them */
  TEST_EQ_STR(fix("Arbetet ar férvaltningsévergripande och cybersdkerhetslagen galler for oss."),
              "Arbetet är förvaltningsövergripande och cybersäkerhetslagen gäller för oss.");
  /* a name whose tail lost its marks: the head too, when restoring makes
   * it a compound of listed words ("Kvarn|ängs"); a head that is one as
   * printed, or none either way, stays */
  TEST_EQ_STR(fix("Arbetet langs Kvarnangsvagen och Hallorsbacken ar klart, liksom Stationsgatan."),
              "Arbetet längs Kvarnängsvägen och Hallorsbacken är klart, liksom Stationsgatan.");
  /* a place's name the dictionaries lack is no compound of common words
   * made by restoring letters ("Lind|säkert"); a known one is restored, a
   * stand-in undone, and so is a place name's ending ("Ljungs|åkra", no
   * "Ljung|säkra") */
  TEST_EQ_STR(fix("Lindsakert kommun har en budget. Det galler aven Harnosands kommun och Sj6backa kommun."),
              "Lindsakert kommun har en budget. Det gäller även Härnösands kommun och Sjöbacka kommun.");
  TEST_EQ_STR(fix("Ljungsakra kommun har en budget. Det galler aven Harnosands kommun."),
              "Ljungsåkra kommun har en budget. Det gäller även Härnösands kommun.");
  /* a compound Hunspell refuses whose two long parts the statistics know
   * ("översiktsplan|e|arbetet"); a clean word gets no letter put in */
  TEST_EQ_STR(fix("Arbetet med 6versiktsplanearbetet ar igang och 30-timmarspass galler for oss."),
              "Arbetet med översiktsplanearbetet är igång och 30-timmarspass gäller för oss.");
  /* ... with every stand-in resolved first: the look-ups went to
   * "anhörigstéd" and "anhärigstäd" before "anhörigstöd" was reached */
  TEST_EQ_STR(fix("Det galler anhériga och anhérigstéd for alla."),
              "Det gäller anhöriga och anhörigstöd för alla.");
  /* an unseen compound of a lossy file is as likely as its last part:
   * "tillfällen" is common, "tillfallen" rare; a comma parts the clauses
   * ("tidigare år, särskilt" is no "är särskilt") */
  TEST_EQ_STR(fix("Antalet deltagartillfallen for barn okade i ar. Det ar fler an nagot tidigare ar, "
                  "sarskilt for barn."),
              "Antalet deltagartillfällen för barn ökade i år. Det är fler än något tidigare år, "
              "särskilt för barn.");
  /* two misreadings agree on a word no dictionary has ("merdéppet",
   * "Meréppet"): é→ö, this file's reading of é, costs less than nothing
   * after its evidence, and such a vote still counts */
  {
    const char *s = "Férvaltningen har férbattrat méjligheterna for féreningar och férslag. "
                    "Férandringen ar stérre an vantat och férskolan ar férdig. Férsaljningen och "
                    "férbrukningen har ékat, liksom férvantningarna pa férskolor och férsamlingar. ";
    char in[2048];
    snprintf(in, sizeof in, "%s%s%sEtt merdéppet bibliotek inférdes. Meréppet bibliotek ar populart.",
             s, s, s);
    const char *out = fix(in);
    TEST_CHECK(strstr(out, "Ett meröppet bibliotek infördes. Meröppet bibliotek är populärt.") != NULL);
  }
  /* a name that lost its marks agrees with another misreading of it */
  TEST_EQ_STR(fix("Det ar for manga som vantar pa besked. Biblioteket i Gronviken ar oppet och i "
                  "Grénviken stangt."),
              "Det är för många som väntar på besked. Biblioteket i Grönviken är öppet och i "
              "Grönviken stängt.");
  /* a listed compound the statistics never saw is counted by its parts,
   * as the splitter counts its own ("löne|kostnad" beside the splitter's
   * "låne|kostnad"), and is no name: "lön" + e + "kostnad" */
  TEST_EQ_STR(fix("Det ar for manga som vantar. Lénekostnad exkl. arvoden var 19649 och 18988 "
                  "Lénekostnad per arsarbetare var 560."),
              "Det är för många som väntar. Lönekostnad exkl. arvoden var 19649 och 18988 "
              "Lönekostnad per årsarbetare var 560.");
  /* "*satta" rules: a participle after a preposition, an infinitive after att */
  TEST_EQ_STR(fix("Vi ska fortsatta arbetet med fortsatta satsningar for aret, och overskottet ar storre an vantat."),
              "Vi ska fortsätta arbetet med fortsatta satsningar för året, och överskottet är större än väntat.");
  /* a well-known family does not lend its mass to a rare form: "behov"
   * stays beside "behöver" (not the imperative "behöv") */
  TEST_EQ_STR(fix("Vi behover se till foretagens behov och for det kravs resurser."),
              "Vi behöver se till företagens behov och för det krävs resurser.");
  /* "nå upp till": "når" before a bare "upp" */
  TEST_EQ_STR(fix("Aven om personalkostnaderna inte nar upp till budget okar de."),
              "Även om personalkostnaderna inte når upp till budget ökar de.");
  /* a capital inside a sentence that is the OCR's reading of the lost
   * letter: "som Ar en", "ett Gverskott" */
  TEST_EQ_STR(fix("Gruppen som Ar en prioriterad grupp visar ett Gverskott for aret."),
              "Gruppen som är en prioriterad grupp visar ett överskott för året.");
  /* ... but not for a compound no list holds: a name ("Ängsgården") */
  TEST_EQ_STR(fix("Det ar for manga som vantar. Boendet Angsgarden har haft full belaggning och ett "
                  "Gverskott for aret."),
              "Det är för många som väntar. Boendet Ängsgården har haft full beläggning och ett "
              "överskott för året.");
  /* ... nor for a word the statistics never saw that the document prints
   * with a capital inside every sentence: the writer's name of a home
   * ("Åkerbäret", also a berry); once alone it is the lost letter's */
  TEST_EQ_STR(fix("Boendet har flyttat till Akerbaret i mars. Personalen pa Akerbéret trivs, "
                  "och Akerbaret har fatt nya lokaler."),
              "Boendet har flyttat till Åkerbäret i mars. Personalen på Åkerbäret trivs, "
              "och Åkerbäret har fått nya lokaler.");
  TEST_EQ_STR(fix("Boendet har flyttat till Akerbaret i mars och akerbaret smakar gott."),
              "Boendet har flyttat till åkerbäret i mars och åkerbäret smakar gott.");
  /* ... and with the six beside it: "G6" is one ö, where "G6teborg" keeps its G */
  TEST_EQ_STR(fix("Antalet har G6kat mer an vantat i G6teborg."),
              "Antalet har ökat mer än väntat i Göteborg.");
  /* ... but after a capitalised word inside a sentence the capital is the
   * writer's (a header's words) */
  TEST_EQ_STR(fix("Kontrollomrade Kontroll Resultat Atgard\n\nVi tog en plan."),
              "## Kontrollområde Kontroll Resultat Åtgärd");
  /* ... and so it is before a figure or a capitalised word on its line (a
   * table header's "Avdelning Årsarbetare 2025") */
  TEST_EQ_STR(fix("Avdelning Arsarbetare 2025 Arsarbetare 2024 Sjukfranvaro\n\nVi tog en plan."),
              "## Avdelning Årsarbetare 2025 Årsarbetare 2024 Sjukfrånvaro");
  TEST_EQ_STR(fix("Vi tog efter arets forsta Atta manader en ny plan."),
              "Vi tog efter årets första åtta månader en ny plan.");
  /* two different misreadings of one place name agree on it (a name of
   * no listed parts: one that has them splits alone, see below) */
  TEST_EQ_STR(fix("Besokare vid Zirkhdégsbadet okade, och vid Zirkhégsbadet var det manga for att det ar varmt."),
              "Besökare vid Zirkhögsbadet ökade, och vid Zirkhögsbadet var det många för att det är varmt.");
  /* ... but one misreading alone is not enough */
  TEST_EQ_STR(fix("Besokare vid Zirkhdégsbadet okade for att det ar varmt och manga kom."),
              "Besökare vid Zirkhdégsbadet ökade för att det är varmt och många kom.");
  /* a name the dictionary lacks joined to a word that lost its å/ä/ö;
   * the same lowercase junk is left alone */
  TEST_EQ_STR(fix("Inom projektet Korsavadsanlaggningen har arbetet gatt bra for oss."),
              "Inom projektet Korsavadsanläggningen har arbetet gått bra för oss.");
  /* a name of common words that lost two or more of its marks
   * ("fjäll|åker"); names that split as printed ("hall|by"), or only into
   * chance parts with one letter restored ("Hortlund" as "hört|lund",
   * "Overdrive"), are left */
  TEST_EQ_STR(fix("Det ar for manga som vantar. Boendet i Fjallaker ar klart, i Hallby och "
                  "Hortlund med Overdrive inte."),
              "Det är för många som väntar. Boendet i Fjällåker är klart, i Hallby och "
              "Hortlund med Overdrive inte.");
  /* a name printed with stand-ins splits into listed words once they are
   * read (parts of three letters too: "björk|ängs|skolan"); a name no
   * reading splits keeps its é ("Montélimar") */
  TEST_EQ_STR(fix("Det ar for manga som vantar. Eleverna i Bjérkangsskolan vid L6nnstigen "
                  "reste till Montélimar."),
              "Det är för många som väntar. Eleverna i Björkängsskolan vid Lönnstigen "
              "reste till Montélimar.");
  /* seed 004's l read as "[" before a 6 and as a capital I: the word
   * inside a sentence starts in lower case; "[1]" and "[på" keep their
   * brackets */
  TEST_EQ_STR(fix("Det ar for manga [6neskulder och I6neutbetalningar i aret, se [1] och [pa."),
              "Det är för många löneskulder och löneutbetalningar i året, se \\[1\\] och \\[på.");
  /* a short word whose only restorations are words nothing ever saw
   * ("kat": "kåt") also gets the rarer confusions' readings, a dropped
   * letter put back among them ("ökat", seen often), for the context to
   * choose */
  TEST_EQ_STR(fix("Det ar for manga som vantar. Antalet elever har kat nagot jamfort med forra aret."),
              "Det är för många som väntar. Antalet elever har ökat något jämfört med förra året.");
  /* two capitals in a row are a name: a valid word there stays */
  TEST_EQ_STR(fix("Besokare vid Sankt Olofsbadet for sommaren okade, det ar bra."),
              "Besökare vid Sankt Olofsbadet för sommaren ökade, det är bra.");
  /* fixup-quality: a name with an accent inside a sentence is not a word
   * that lost its ä ("Bénka" is no "Bänka", which nothing ever saw); a
   * compound undone the same way still is ("Socialförvaltningen") */
  TEST_EQ_STR(fix("Besokare pa Bénka okade for att det ar varmt och manga kom, och Socialférvaltningen var nojd."),
              "Besökare på Bénka ökade för att det är varmt och många kom, och Socialförvaltningen var nöjd.");
  /* ... but a compass point is a word the statistics lack ("Sédra" is
   * "Södra"), and keeps the capital of a place's name ("Ostra") */
  TEST_EQ_STR(fix("Planen for Sédra omradet ar klar och arbetet i Ostra hamnen har borjat."),
              "Planen för Södra området är klar och arbetet i Östra hamnen har börjat.");
  /* fixup-quality: a dropped letter is inserted only into a word the
   * statistics know ("kad" is "ökad"; "adm" is no "ådöm") */
  TEST_EQ_STR(fix("Kostnaden for adm ar lag och det visar en kad kostnad for aret."),
              "Kostnaden för adm är lag och det visar en ökad kostnad för året.");
  /* fixup-quality: a listed word the statistics never saw ("ven") meets
   * the word a dropped ä would make ("även") in a damaged file; not in a
   * file that keeps its å/ä/ö */
  TEST_EQ_STR(fix("Kostnaderna okade men ven intakterna okade for aret."),
              "Kostnaderna ökade men även intäkterna ökade för året.");
  TEST_EQ_STR(fix("Kostnaderna ökade men ven och intäkterna ökade för året."),
              "Kostnaderna ökade men ven och intäkterna ökade för året.");
  /* fixup-quality: ... and its rivals by any one confusion ("bittre": i
   * for ä), which need not win by the margin a word in use must */
  TEST_EQ_STR(fix("Det ska ge bittre resultat for eleverna i skolan och overskottet okade."),
              "Det ska ge bättre resultat för eleverna i skolan och överskottet ökade.");
  TEST_EQ_STR(fix("Det ska ge bittre resultat för eleverna i skolan och överskottet ökade."),
              "Det ska ge bittre resultat för eleverna i skolan och överskottet ökade.");
  /* fixup-quality: a word rare in the statistics ("intakt") meets a rival
   * whose forms this document prints ("intäkterna"); without them it stays */
  TEST_EQ_STR(fix("Intakterna okade for aret och intakterna fran avgifter var hoga. Skillnaden mellan intakt och kostnad ar liten."),
              "Intäkterna ökade för året och intäkterna från avgifter var höga. Skillnaden mellan intäkt och kostnad är liten.");
  TEST_EQ_STR(fix("Huset ar intakt efter branden och det ar bra for oss."),
              "Huset är intakt efter branden och det är bra för oss.");
  /* fixup-quality: a compound whose tail's å/ä/ö the statistics would
   * choose ("värden", 380 times in manuals) takes its twin when the
   * document's certain compounds show the twin's stem and not the other
   * ("öppenvården", "hemsjukvården"); a report of "målvärden" keeps it */
  TEST_EQ_STR(fix("Kostnaderna for beroendevarden okade under aret. Hemsjukvarden och oppenvarden vaxer."),
              "Kostnaderna för beroendevården ökade under året. Hemsjukvården och öppenvården växer.");
  TEST_EQ_STR(fix("Kostnaderna for beroendevarden okade under aret."),
              "Kostnaderna för beroendevärden ökade under året.");
  TEST_EQ_STR(fix("Malvarden och gransvarden for nyckeltalen. Kostnaderna for beroendevarden okade."),
              "Målvärden och gränsvärden för nyckeltalen. Kostnaderna för beroendevärden ökade.");
  /* fixup-quality: a suspended compound's head read with the wrong one
   * of å/ä/ö ("låne-" for "léne-") takes the one that makes a part of the
   * document's certain compounds ("löneöversynen"); alone it stays */
  TEST_EQ_STR(fix("Ramen innebar en uppräkning med 2,9 % for léne- och prisokningar. Léneéversynen blev klar."),
              "Ramen innebär en uppräkning med 2,9 % för löne- och prisökningar. Löneöversynen blev klar.");
  TEST_EQ_STR(fix("Ramen innebar en uppräkning med 2,9 % for léne- och prisokningar."),
              "Ramen innebär en uppräkning med 2,9 % för låne- och prisökningar.");
  /* ... at each of its occurrences */
  TEST_EQ_STR(fix("Ramen innebar 2,9 % for léne- och prisokningar. Léneéversynen blev klar. Aven léne- och hyresokningar steg."),
              "Ramen innebär 2,9 % för löne- och prisökningar. Löneöversynen blev klar. Även löne- och hyresökningar steg.");
  /* fixup-quality: a short word is not rewritten by more rules than half
   * its letters ("kwh" is no "kön": an ö put in, w dropped, h for n) */
  TEST_EQ_STR(fix("Energianvandningen minskade till 141 kwh per kvadratmeter for aret."),
              "Energianvändningen minskade till 141 kwh per kvadratmeter för året.");
  /* fixup-quality: a rival the statistics saw only a few times ("städ")
   * counts the document's certain forms of it when there are two or more
   * ("St&d", "stiid"); one stray print does not turn "stad" */
  TEST_EQ_STR(fix("Kostnaden for stad, el och varme okade for aret. St&d av gator och stiid av parker okade."),
              "Kostnaden för städ, el och värme ökade för året. Städ av gator och städ av parker ökade.");
  TEST_EQ_STR(fix("Kostnaden for stad, el och varme okade for aret. St&d av gator okade."),
              "Kostnaden för stad, el och värme ökade för året. Städ av gator ökade.");
  /* fixup-quality: i for å inside a word ("erhiller"), not at its end
   * ("di" is no "då") */
  TEST_EQ_STR(fix("Foreningen erhiller bidrag for aret och verksamheten Funka-di okade."),
              "Föreningen erhåller bidrag för året och verksamheten Funka-di ökade.");
  /* fixup-quality: the context rules also choose between the readings
   * of a misread word that differ only by å/ä/ö ("att förstå", "den första") */
  TEST_EQ_STR(fix("Det ar viktigt att férsta varfor det ar sa, och den férsta manaden var bra."),
              "Det är viktigt att förstå varför det är så, och den första månaden var bra.");
  /* fixup-quality: a plural noun in -ingar follows the possessive "våra";
   * after a modal verb "vara" stays */
  TEST_EQ_STR(fix("Overskottet for aret ar storre an vantat och manga ar nojda. Visionen och vara varderingar ar viktiga, men det kan vara forklaringar till det."),
              "Överskottet för året är större än väntat och många är nöjda. Visionen och våra värderingar är viktiga, men det kan vara förklaringar till det.");
  /* fixup-quality: a third misreading joins the agreement of two by a
   * tier-2 rule ("Zirkhdgsbadet", d for ö); tier 2 makes none itself */
  TEST_EQ_STR(fix("Besokare vid Zirkhdgsbadet okade, och vid Zirkhégsbadet och Zirkhdégsbadet var det manga for att det ar varmt."),
              "Besökare vid Zirkhögsbadet ökade, och vid Zirkhögsbadet och Zirkhögsbadet var det många för att det är varmt.");
  TEST_EQ_STR(fix("Besokare vid Zirkhdgsbadet okade, och vid Zirkhégsbadet var det manga for att det ar varmt."),
              "Besökare vid Zirkhdgsbadet ökade, och vid Zirkhégsbadet var det många för att det är varmt.");
  /* fixup-quality: ... but a word that is no word takes no such backing
   * ("salla" is "sålla", though the file prints "sällan") */
  TEST_EQ_STR(fix("Vi ser sallan nagot nytt och sallan ar det bra for oss, men vi maste salla fram de basta."),
              "Vi ser sällan något nytt och sällan är det bra för oss, men vi måste sålla fram de bästa.");
  /* fixup-quality: a tier-3 rule makes only words the statistics know
   * (the Latin "pilas" is no "pålas", "The Grid" no "The öråd") */
  TEST_EQ_STR(fix("Overskottet for aret ar storre an vantat. Han citerar Enimvero di nos quasi pilas homines habent och The Grid som for forsta gangen ar bra."),
              "Överskottet för året är större än väntat. Han citerar Enimvero di nos quasi pilas homines habent och The Grid som för första gången är bra.");
  /* fixup-quality: a dropped letter alone still makes a word the
   * statistics lack ("helr" is "helår"), and a name the dictionary knows
   * with its ö is no accented name ("Brattstrém" is "Brattström") */
  TEST_EQ_STR(fix("Overskottet for aret ar storre an vantat. Prognos helr ar bra och budget helr med."),
              "Överskottet för året är större än väntat. Prognos helår är bra och budget helår med.");
  TEST_EQ_STR(fix("Overskottet for aret ar storre an vantat. Vi ser Ebba Witt Brattstrém och Agneta."),
              "Överskottet för året är större än väntat. Vi ser Ebba Witt Brattström och Agneta.");
  /* noise tokens dropped, case kept */
  TEST_EQ_STR(fix("OVERSKOTT ~ for aret."), "ÖVERSKOTT för året.");
  /* a contents list's entries stay lines of their own, and the capital
   * opening an entry is the writer's; inside one ("under Aret.....") and
   * after a repaired "på" the OCR's capital for a lost å/ö is lowered */
  TEST_EQ_STR(fix_whole("Innehall\n\nOm namnden och verksamheten..... 2\nAret i korthet..... 3\n"
                  "Viktiga handelser under Aret..... 3\n\nAntalet elever okade pa Over tio skolor."),
              "## Innehåll\n\nOm nämnden och verksamheten..... 2\n\nÅret i korthet..... 3\n\n"
              "Viktiga händelser under året..... 3\n\nAntalet elever ökade på över tio skolor.\n");
  /* a capital A inside a word, with or without the plain a beside it, and
   * an ampersand, are å too */
  TEST_EQ_STR(fix("Manga har gAatt vidare. Insamling fran hushAllen har okat, men vi kan f& fler att sortera."),
              "Många har gått vidare. Insamling från hushållen har ökat, men vi kan få fler att sortera.");
  /* two misreadings' agreement ("Sjöangs...") does not beat the reading
   * of either that restores the lost ä as well */
  TEST_EQ_STR(fix("Skolan Sj6angsgymnasiet vaxer. Nya lokaler vid Sjéangsgymnasiet och Sj6angsgymnasiet "
                  "blev klara for eleverna, och Sjéangsgymnasiet har fatt fler lärare an vantat. Malet ar "
                  "att fler ska na examen. Det var en okning mot foregaende ar, och forvaltningen har "
                  "arbetat med fragan."),
              "Skolan Sjöängsgymnasiet växer. Nya lokaler vid Sjöängsgymnasiet och Sjöängsgymnasiet "
              "blev klara för eleverna, och Sjöängsgymnasiet har fått fler lärare än väntat. Målet är "
              "att fler ska nå examen. Det var en ökning mot föregående år, och förvaltningen har "
              "arbetat med frågan.");
  /* a name the dictionaries lack, ending as Swedish place names do, gets
   * its ending's marks back ("-åsa", "-åkra" before "kommun" too, "-måla"
   * after a stand-in read), its head as printed; not over a listed word
   * that ends alike ("Konstnärernas", no "-näs") */
  TEST_EQ_STR(fix("Skolan i Lovasa och Ljungsakra kommun vaxer for varje ar. Konstnarernas hus i "
                  "Ljungsakra ar fardigt och Sérmala skola ar ny. Malet ar att fler ska na examen."),
              "Skolan i Lovåsa och Ljungsåkra kommun växer för varje år. Konstnärernas hus i "
              "Ljungsåkra är färdigt och Sörmåla skola är ny. Målet är att fler ska nå examen.");
  /* ... and over the splitter's compound of words the statistics know
   * that no list holds whole ("Sten|säkra": its parts counted, not it) */
  TEST_EQ_STR(fix("Skolan i Stensakra vaxer for varje ar. Hamnen i Stensakra ar fardig."),
              "Skolan i Stensåkra växer för varje år. Hamnen i Stensåkra är färdig.");
  /* the genitive of an ending: "Fjällsäters"; "en svår men", "två är delvis" */
  TEST_EQ_STR(fix("Eleverna pa Fjallsaters skola har det en svar men bra tid, och tva ar delvis nojda."),
              "Eleverna på Fjällsäters skola har det en svår men bra tid, och två är delvis nöjda.");
  /* a goal table's rows, closing in a word, keep their lines (hard breaks),
   * not one paragraph */
  TEST_EQ_STR(fix_whole("Indikator 2026 2025 Bedomning\nAndel elever med examen inom tre ar 76% 73,4 % Delvis\n"
                  "uppfyllt\nAndel nojda brukare 90 % 88 % Uppfyllt\n"),
              "Indikator 2026 2025 Bedömning  \nAndel elever med examen inom tre år 76 % 73,4 % Delvis  \n"
              "uppfyllt  \nAndel nöjda brukare 90 % 88 % Uppfyllt\n");
  /* the OCR lost the space before a percent sign: where the document sets
   * two apart, it sets them all apart; one is no evidence */
  TEST_EQ_STR(fix("Andelen var 3,9 % och 4,2% i fjol (5%), mot 7 % och -2,2%."),
              "Andelen var 3,9 % och 4,2 % i fjol (5 %), mot 7 % och -2,2 %.");
  TEST_EQ_STR(fix("Andelen var 3,9 % och 4,2% i fjol (5%), mot 7% och -2,2%."),
              "Andelen var 3,9 % och 4,2% i fjol (5%), mot 7% och -2,2%.");
  /* a lone "n" before a small word is "än" that lost its ä; not before a
   * figure ("n 35", a count of answers) */
  TEST_EQ_STR(fix("Det blev ett storre underskott n vad prognosen visade, n 35 svar."),
              "Det blev ett större underskott än vad prognosen visade, n 35 svar.");
  /* an equals sign between a word and a figure is the writer's, between
   * figures (a table row's) a speck */
  TEST_EQ_STR(fix("Svaren (n = 35) visar att 1 euro = 11,20 kr och 94% = 96%."),
              "Svaren (n = 35) visar att 1 euro = 11,20 kr och 94% 96%.");
  /* street and district names: "-vägen", "-sätra" */
  TEST_EQ_STR(fix("Cykelvagen langs Ornvagen ar klar och biblioteket i Goksatra har oppet."),
              "Cykelvägen längs Örnvägen är klar och biblioteket i Göksätra har öppet.");
  /* a place name's head is restored too where that makes it a listed
   * word ("Räv|åker"), "-träsk" is a place's ending, a digit between a
   * name's letters is read though no split vouches ("S6érqvist"); care,
   * not hosts or values ("vård och omsorg", "den nära vården"), and the
   * verb before its goal ("når sina mål") */
  TEST_EQ_STR(fix("Svenska kyrkan i Ravaker och Lilltrask har fatt stod. Birgitta S6érqvist ar ordförande "
                  "i namnden for vard och omsorg, och vi arbetar med den nara varden. Namnden nar sina mal."),
              "Svenska kyrkan i Rävåker och Lillträsk har fått stöd. Birgitta Sörqvist är ordförande "
              "i nämnden för vård och omsorg, och vi arbetar med den nära vården. Nämnden når sina mål.");
  /* two words of a stacked table header the OCR ran together are split
   * ("Utfalljan-aug", "Prognoshelar"); a compound of two such words that
   * is a word ("Budgetprognos") stays */
  TEST_EQ_STR(fix_whole("Belopp i tkr Budget 2026 Utfalljan-aug Prognoshelar Avvikelse\n"
                        "Intakter 1 200 800 1 250 50\nKostnader -1 000 -700 -1 100 -100\n"
                        "Summa 200 100 150 -50\n\nBudgetprognos och Budgetutfall ar klara.\n"),
              "Belopp i tkr Budget 2026 Utfall jan-aug Prognos helår Avvikelse  \n"
              "Intäkter 1 200 800 1 250 50  \nKostnader -1 000 -700 -1 100 -100  \n"
              "Summa 200 100 150 -50\n\nBudgetprognos och Budgetutfall är klara.\n");
  /* a place name's beginning gets its marks back before a listed word
   * ("Skar|viken": "Skärviken", though "skar" is a word too); a company's
   * form ends its name and the sentence goes on ("AB äger"); "dämpa"
   * takes an object, "lågt" follows "varit" */
  TEST_EQ_STR(fix("Reningsverket i Skarviken och skolan i Angsholmen byggs om. Norrsjohem AB Ager husen. "
                  "For att dimpa kostnaderna har antalet varit lagt."),
              "Reningsverket i Skärviken och skolan i Ängsholmen byggs om. Norrsjohem AB äger husen. "
              "För att dämpa kostnaderna har antalet varit lågt.");
  /* after a capitalised compass point a place name's element is the
   * reading ("Norra Åsen"); alone, the listed word stays */
  TEST_EQ_STR(fix("Boendet i Norra Asen har tio platser. Asen i skogen var en fin plats."),
              "Boendet i Norra Åsen har tio platser. Asen i skogen var en fin plats.");
  /* a bold V read as "Vv" on a scan, doubted: one V */
  TEST_EQ_STR(fix_ocr("Vvälfärdsteknik och digitalisering", 26), "## Välfärdsteknik och digitalisering");
  /* an ellipsis before a note's number is no contents line; a zero
   * between a name's letters stays ("Milw0rm"); worth after a measure */
  TEST_EQ_STR(fix_whole("Man bor inte titta pa... 56\nAnda maste man nu tanka. Gruppen Milw0rm "
                        "attackerade. All information ar lika mycket vard och vi vet det.\n"),
              "Man bör inte titta på... 56 ändå måste man nu tänka. Gruppen Milw0rm "
              "attackerade. All information är lika mycket värd och vi vet det.\n");
  /* measured, not a measure: "mätt som", "har mätt"; "ett mått som" */
  TEST_EQ_STR(fix("Kontinuiteten matt som antal personal okade. Det ar ett matt som visar kvalitet. "
                  "Vi har matt det."),
              "Kontinuiteten mätt som antal personal ökade. Det är ett mått som visar kvalitet. "
              "Vi har mätt det.");
  /* an acronym's last I read small; a name's "Li" stays */
  TEST_EQ_STR(fix("Lärare inom SFi och IT, samt SFi. Tomas Li ser PRi."),
              "Lärare inom SFI och IT, samt SFI. Tomas Li ser PRI.");
  /* a percent sign after a figure read as "V0" (200 dpi scans) or "Yo" */
  TEST_EQ_STR(fix("Andelen var 77,2 V0 och 12 Yo av alla."), "Andelen var 77,2 % och 12 % av alla.");
  /* a speck read as "!" before a small letter goes; a sentence's "!" stays */
  TEST_EQ_STR(fix("Andel! godkända kurser ökar. Hej! Det gick bra!"),
              "Andel godkända kurser ökar. Hej! Det gick bra!");
  /* a valid word stays beside a rival only the statistics list ("käll",
   * a suspended head "käll-" cut from its hyphen) */
  TEST_EQ_STR(fix("Vintern blev kall och snorik for de aldre."),
              "Vintern blev kall och snörik för de äldre.");
  /* three misreadings of one name agree on its ä ("Norrhalla" plain,
   * "Norrhilla", "Norrhdlla"); two ("Halleback", "Hilleback") do not */
  TEST_EQ_STR(fix("Skolan i Norrhalla och Norrhilla byggs for att Norrhdlla vaxer. "
                  "Vagen vid Halleback och Hilleback ar klar."),
              "Skolan i Norrhälla och Norrhälla byggs för att Norrhälla växer. "
              "Vägen vid Halleback och Hilleback är klar.");
  /* a misreading whose only reading is a name the statistics barely saw
   * ("Kallé": "Kalle") votes too, and agrees with the document's other
   * misreading of the name ("Kall6": "Kallö") */
  TEST_EQ_STR(fix("Vi var i Angsbacka och pa Kallé, dar vi bodde. Kontoret for Kall6 flyttade. "
                  "Ostra Kallé skola."),
              "Vi var i Ängsbacka och på Kallö, där vi bodde. Kontoret för Kallö flyttade. "
              "Östra Kallö skola.");
  /* the law before a verb of its effect, not the modes the document's
   * "lägenheter" seemed to vouch for */
  TEST_EQ_STR(fix("Den nya socialtjanstlagen tradde i kraft den 1 juli 2025. Lagen innebar bland annat att "
                  "socialtjansten ska arbeta mer forebyggande. Efter ombyggnaden har samtliga 64 lagenheter "
                  "eget hygienrum, och fler lagenheter byggs i ar."),
              "Den nya socialtjänstlagen trädde i kraft den 1 juli 2025. Lagen innebär bland annat att "
              "socialtjänsten ska arbeta mer förebyggande. Efter ombyggnaden har samtliga 64 lägenheter "
              "eget hygienrum, och fler lägenheter byggs i år.");
  /* a long compound with two stand-ins and a lost mark */
  TEST_EQ_STR(fix("Beslut i 6verférmyndarnamnden for aret."), "Beslut i överförmyndarnämnden för året.");
  /* "fortfarande svår", "de svåra", "gode män", "fyra nya brandmän", "vår
   * kommun", "tidig vår"; "en äldre man", "sen var" stay */
  TEST_EQ_STR(fix("Det ar fortfarande svar och de svara vaglagen kostar. Arvoden till gode man okar. "
                  "Fyra nya brandman och en aldre man kom. Hur var kommun ska vaxa under tidig var. "
                  "Det som hande sen var att de kom."),
              "Det är fortfarande svår och de svåra väglagen kostar. Arvoden till gode män ökar. "
              "Fyra nya brandmän och en äldre man kom. Hur vår kommun ska växa under tidig vår. "
              "Det som hände sen var att de kom.");
  /* a name the dictionary lists by two stand-ins read as one letter
   * ("Ekerö" of "Ekeréd") yields to the reading its other misreadings agree
   * on ("Eker6d", "Ekerdéd") */
  TEST_EQ_STR(fix("Parken i Ekeréd och torget i Eker6d for alla. Vagen till Ekerdéd ar klar, "
                  "liksom skolan i Ekeréd."),
              "Parken i Ekeröd och torget i Ekeröd för alla. Vägen till Ekeröd är klar, "
              "liksom skolan i Ekeröd.");
  /* a compound's tail twin the document's compounds show three times as
   * often as the other ("vård" in three, "värd" in one): "beroendevården" */
  TEST_EQ_STR(fix("Inom sjukvarden, tandvarden och oppenvarden samt malvardet okar "
                  "beroendevarden for alla."),
              "Inom sjukvården, tandvården och öppenvården samt målvärdet ökar "
              "beroendevården för alla.");
  /* "når ännu", "når examen", "om våra", "av det skälet"; "ta till vara" */
  TEST_EQ_STR(fix("Resultaten forbattras men nar annu inte malet, och elever som inte nar examen. "
                  "Vi skriver om vara iakttagelser. Av det skalet ska vi ta till vara pa det."),
              "Resultaten förbättras men når ännu inte målet, och elever som inte når examen. "
              "Vi skriver om våra iakttagelser. Av det skälet ska vi ta till vara på det.");
  /* the reports' "har" inside a sentence (the help texts' statistics
   * prefer "här"), before a count too; "Här ingår" opens a sentence */
  TEST_EQ_STR(fix("Ordforanden har ordet for att det ar dags. Den har tio platser for aldre. "
                  "Har ingar alla kostnader for aret."),
              "Ordföranden har ordet för att det är dags. Den har tio platser för äldre. "
              "Här ingår alla kostnader för året.");
  /* a place's name restored by its element ("Strémsnas": "Strömsnäs")
   * heads the compounds the splitter read otherwise ("Ström|s|nås|dagarna") */
  TEST_EQ_STR(fix("Under Strémsnasdagarna i Strémsnas for alla och i Strémsnasskolan var det fullt. "
                  "Det ar bra for aldre och fér barnen."),
              "Under Strömsnäsdagarna i Strömsnäs för alla och i Strömsnässkolan var det fullt. "
              "Det är bra för äldre och för barnen.");
  /* the farm, the river, the bog, the mound, the market town; the birch,
   * the stream and the south as a name's beginning */
  TEST_EQ_STR(fix("Boendet Solgarden ligger vid Umealven nara Svartkarr och Hammenhog i Soderkoping. "
                  "Vi gick till Bjorkhagen, Strombacken och Sorbyn for att se dem."),
              "Boendet Solgården ligger vid Umeälven nära Svartkärr och Hammenhög i Söderköping. "
              "Vi gick till Björkhagen, Strömbacken och Sörbyn för att se dem.");
  /* the name's other misreadings take its restored letters: "Sormala"
   * beside "Sérmala" twice, "Sörmåla" */
  TEST_EQ_STR(fix("Skolan i Sérmala och köket i Sérmala byggs. Maten i Sormala var god for alla aldre."),
              "Skolan i Sörmåla och köket i Sörmåla byggs. Maten i Sörmåla var god för alla äldre.");
  /* a name its misreadings agree on ("Eker6d", "Ekerdéd": "Ekeröd")
   * heads the compound the splitter read otherwise */
  TEST_EQ_STR(fix("Torget i Eker6d och vagen till Ekerdéd for alla. Ekerodsskolan ar ny."),
              "Torget i Ekeröd och vägen till Ekeröd för alla. Ekerödsskolan är ny.");
  /* a name three misreadings agree on with a plain o in each of them
   * ("Rönnofors") takes the ö a fourth shows by a stand-in ("R6nn6fors") */
  TEST_EQ_STR(fix("Boendet i R6nn6fors har manga platser. Personalen i R6nnofors ar nojd, och fran "
                  "R6énnofors kom fler. Ro6nnofors vaxer."),
              "Boendet i Rönnöfors har många platser. Personalen i Rönnöfors är nöjd, och från "
              "Rönnöfors kom fler. Rönnöfors växer.");
  /* a name the document spells with more of its marks at least twice and
   * as often takes that spelling where an agreement left a plain a (the
   * ä read as two letters, "Sj6édangsbadet", is another word: left) */
  TEST_EQ_STR(fix("Badet Sjéangsbadet har oppet. I Sj6angsbadet finns ett kafe, och Sj6édangsbadet ar "
                  "nytt. Sjoangsbadet vaxer."),
              "Badet Sjöängsbadet har öppet. I Sjöängsbadet finns ett kafé, och Sjödängsbadet är "
              "nytt. Sjöängsbadet växer.");
  /* ... and the mark two misreadings allow by letters the OCR makes of it
   * ("Lénnhdga": å or ä, "Lénnhiga": ä), not one of them alone */
  TEST_EQ_STR(fix("Skolan i Lénnhaga har oppet. I L6nnhaga finns ett kafe, och Lénnhdga bibliotek ar "
                  "nytt. Lonnhaga skola och Lénnhiga torg ligger nara."),
              "Skolan i Lönnhäga har öppet. I Lönnhäga finns ett kafé, och Lönnhäga bibliotek är "
              "nytt. Lönnhäga skola och Lönnhäga torg ligger nära.");
  TEST_EQ_STR(fix("Skolan i Lénnhaga har oppet. I L6nnhaga finns ett kafe, och Lonnhaga skola och "
                  "Lénnhiga torg ligger nara."),
              "Skolan i Lönnhaga har öppet. I Lönnhaga finns ett kafé, och Lönnhaga skola och "
              "Lénnhiga torg ligger nära.");
  /* "väl" after its verb in the clause and before a participle; "träd"
   * after a plural's count or adjective ("tråd" takes "trådar" there) */
  TEST_EQ_STR(fix("Samarbetet fungerar i allmanhet val och ett val fungerande arbete. "
                  "Vi har planterat nya trad och ett femtiotal trad for alla."),
              "Samarbetet fungerar i allmänhet väl och ett väl fungerande arbete. "
              "Vi har planterat nya träd och ett femtiotal träd för alla.");
  fix_free(F);
  return TEST_REPORT();
}
