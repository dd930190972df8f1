package clip

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite newsdf.txt from the PolNeAR train split")

// newsDFFile renders document frequencies of the train texts at paths as
// newsdf.txt holds them.
func newsDFFile(t *testing.T, paths []string) string {
	t.Helper()
	df := map[string]int{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		contentWords(string(data), func(w string) {
			if !seen[w] {
				seen[w] = true
				df[w]++
			}
		})
	}
	words := make([]string, 0, len(df))
	for w, n := range df {
		if n >= 5 {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	var b strings.Builder
	fmt.Fprintf(&b, "# docs %d\n", len(paths))
	for _, w := range words {
		fmt.Fprintf(&b, "%s %d\n", w, df[w])
	}
	return b.String()
}

// TestNewsDF checks that newsdf.txt is what the PolNeAR train split gives;
// with -update it rewrites the file.
func TestNewsDF(t *testing.T) {
	got := newsDFFile(t, polnearTexts(t))
	if *update {
		if err := os.WriteFile("newsdf.txt", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got != newsDFText {
		t.Errorf("newsdf.txt is not what the train split gives: run go test ./digest/clip -run TestNewsDF -update")
	}
}

// paragraphs returns the paragraphs of the text at path with at least
// proseWords words.
func paragraphs(t *testing.T, path string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range strings.Split(string(data), "\n") {
		if statsOf(p).words >= proseWords {
			out = append(out, p)
		}
	}
	return out
}

// TestTopicSplit measures the topic test that joins runs to the article on
// the PolNeAR train articles: against the vocabulary of an article's first
// half, a paragraph of its second half must pass far more often than a
// paragraph of another article. These are the figures minTopic was chosen
// by.
func TestTopicSplit(t *testing.T) {
	files := polnearTexts(t)
	docs := make([][]string, len(files))
	for i, f := range files {
		docs[i] = paragraphs(t, f)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	share := func(ps []string, vocab map[string]bool) float64 {
		units := make([]unit, len(ps))
		paras := make([]para, len(ps))
		for i, p := range ps {
			units[i], paras[i] = unit{s: p}, para{first: i, last: i, prose: true}
		}
		return topicShare(units, paras, run{first: 0, last: len(ps) - 1}, vocab)
	}
	var own, other, own3, other3, n, n3 int
	for i, d := range docs {
		if len(d) < 8 {
			continue
		}
		half := len(d) / 2
		vocab := map[string]bool{}
		for _, p := range d[:half] {
			contentWords(p, func(w string) { vocab[w] = true })
		}
		j := rng.IntN(len(docs))
		for j == i || len(docs[j]) < 3 {
			j = rng.IntN(len(docs))
		}
		for k, p := range d[half:] {
			n++
			if share([]string{p}, vocab) >= minTopic {
				own++
			}
			q := docs[j][k%len(docs[j])]
			if share([]string{q}, vocab) >= minTopic {
				other++
			}
		}
		n3++
		if share(d[half:half+3], vocab) >= minTopic {
			own3++
		}
		if share(docs[j][:3], vocab) >= minTopic {
			other3++
		}
	}
	ownF, otherF := float64(own)/float64(n), float64(other)/float64(n)
	own3F, other3F := float64(own3)/float64(n3), float64(other3)/float64(n3)
	t.Logf("one paragraph: own article %.3f, other article %.3f (%d); three paragraphs: own %.3f, other %.3f (%d)", ownF, otherF, n, own3F, other3F, n3)
	if ownF < 0.75 || otherF > 0.25 || own3F < 0.78 || other3F > 0.15 {
		t.Errorf("the topic test no longer tells an article's paragraphs from another's")
	}
}

// TestPageDecision has one case per part of the page decision: what a copied
// page keeps of its article and what it loses of the page around it.
func TestPageDecision(t *testing.T) {
	article := []string{
		"The city council voted on Tuesday to close the old harbour bridge to cars after engineers found cracks in two of its steel girders.",
		"Mayor Ana Lind said the bridge would stay open to people on foot and on bicycles while the council looks for the money to repair it.",
		"“We cannot wait for a girder to fail before we act,” Lind told reporters outside the council chamber after the vote.",
		"The harbour bridge carries about twelve thousand cars a day, and the detour through the port adds twenty minutes to a trip across town.",
		"Engineers from the port authority said the cracks had grown since the last inspection of the bridge in the spring.",
	}
	body := strings.Join(article, "\n\n")
	menu := "Home\n\nNews\n\nSport\n\nWeather\n\nSign in\n\n"
	teasers := "More like this\n\nFewer like this\n\nSinger Cancels Tour After Throat Surgery\n\nThe singer told fans on social media that her doctors had ordered three months of rest after an operation on her throat.\n\n" +
		"More like this\n\nFewer like this\n\nStocks Slide As Oil Prices Climb\n\nShares in airlines fell sharply on Wednesday as the price of crude oil rose for a fifth day, analysts said.\n\n" +
		"More like this\n\nFewer like this\n\nZoo Welcomes Twin Panda Cubs\n\nKeepers at the zoo said the two cubs were born overnight and that their mother was caring for them well.\n\nMore like this\n\nFewer like this\n\n"
	gallery := "Business in pictures\n\n1/3 Airline profits fall\n\nThe airline said its profits had fallen by a third because fuel had cost more than the company expected this year.\n\nGetty\n\n" +
		"2/3 Carmaker recalls vans\n\nThe carmaker said it would recall forty thousand vans because of a fault in their brakes that could cause accidents.\n\nGetty\n\n" +
		"3/3 Bank buys insurer\n\nThe bank said it had agreed to buy a small insurer for two billion dollars, its largest purchase in a decade.\n\nGetty\n\n"
	liveBlog := ""
	for i, p := range []string{
		"Council members arrived early for the vote on the harbour bridge, and the public gallery was full well before the session began.",
		"The mayor opened the debate on the harbour bridge by reading the engineers' report on the cracks aloud to the council.",
		"Several council members asked whether the bridge could stay open to buses while the repairs to the girders go ahead.",
		"The council voted by nine to two to close the harbour bridge to cars from Monday until the girders are repaired.",
	} {
		liveBlog += fmt.Sprintf("___\n\n%d:%02d p.m.\n\n%s\n\nThe session was broadcast on the council's website, where viewers could follow the debate.\n\n", 9, 50-10*i, p)
	}
	// An article of one short sentence a paragraph (none long enough
	// for prose) and a last one that is: the row of short sentences above
	// it is all the article, however long.
	short := []string{
		"The mayor said taxes would rise.", "Jim Doyle said the roads were bad.", "Ann Price said schools came first.",
		"The union said it would strike.", "Police said the road was closed.", "Tom Hale said he was sorry.",
		"Sue Lam said the vote was fair.", "Bob Kerr said he would resign.",
	}
	shortBody := strings.Join(short, "\n\n") + "\n\nI think the plan is bad, the mayor said."
	tests := []struct {
		name       string
		text       string
		keep, drop []string
	}{
		{"teasers written as prose under a list heading", body + "\n\nMost read\n\n" +
			"Singer cancels tour after surgery The singer told fans on social media that her doctors had ordered three months of rest.\n\n" +
			"Stocks slide as oil climbs Shares in airlines fell sharply on Wednesday as the price of crude oil rose for a fifth day, analysts said.",
			article, []string{"her doctors", "crude oil"}},
		{"teasers under a list heading with a link line right under it", body + "\n\nMost read\n[Singer cancels tour](https://example.com/singer)\n\n" +
			"Singer cancels tour after surgery The singer told fans on social media that her doctors had ordered three months of rest.\n\n" +
			"Stocks slide as oil climbs Shares in airlines fell sharply on Wednesday as the price of crude oil rose for a fifth day, analysts said.",
			article, []string{"her doctors", "crude oil"}},
		{"teasers on the article's subject under a list heading", body + "\n\nMore from Harbour Times\n\n" +
			"Ferry fares rise The port authority said ferry fares across the harbour would rise by ten cents from March.\n\n" +
			"Harbour tunnel plan revived Engineers said a tunnel under the harbour could carry the cars the old bridge no longer will.",
			article, []string{"ferry fares", "tunnel under the harbour"}},
		{"readers' comments on the article's subject", body + "\n\nShare this story\n\n3 comments\n\nJo Park\n\nMarch 3 at 9:14 am\n\n" +
			"The council has known about the cracks in the harbour bridge girders for years and did nothing until now.\n\nReply\n\nSam Ode\n\nMarch 3 at 10:02 am\n\n" +
			"Closing the bridge to cars will push twelve thousand cars a day through the port, and the detour is already slow.\n\nReply\n\n" +
			"Ann Lee\n\nMarch 3 at 11:40 am\n\nThe mayor should tell us where the money to repair the girders will come from before the vote.\n\nReply",
			article, []string{"did nothing until now", "already slow", "where the money"}},
		{"comments marked off as the article's sections are", "___\n\n" + strings.Join(article[:2], "\n\n") + "\n\n___\n\n" + strings.Join(article[2:], "\n\n") + "\n\n___\n\n4 comments\n\n___\n\n" +
			"The council has known about the cracks in the harbour bridge girders for years and did nothing until now.\n\nThe mayor should say where the money for the girders comes from.\n\n___\n\n" +
			"Closing the bridge to cars will push twelve thousand cars a day through the port, and the detour is already slow.\n\nThe port road cannot take the cars from the bridge for a whole year.",
			article, []string{"did nothing until now", "already slow"}},
		{"comments right under a list of other stories", body + "\n\nMost popular\n\n" +
			"Zoo welcomes twin panda cubs Keepers at the zoo said the two cubs were born overnight and that their mother was caring for them well.\n\n" +
			"Stocks slide as oil climbs Shares in airlines fell sharply on Wednesday as the price of crude oil rose for a fifth day, analysts said.\n\n" +
			"Singer cancels tour The singer told fans on social media that her doctors had ordered three months of rest after an operation.\n\n" +
			"12 comments\n\nSam Ode\n\nMarch 3 at 10:02 am\n\nClosing the bridge to cars will push twelve thousand cars a day through the port, and the detour is already slow.\n\nReply",
			article, []string{"already slow"}},
		{"a link to read more inside an article", strings.Join(article[:3], "\n\n") + "\n\nRead more\n\n" + strings.Join(article[3:], "\n\n"), article, nil},
		{"an article of short sentences", shortBody, short, nil},
		{"an article of short sentences with a subheading", strings.Join(short[:3], "\n\n") + "\n\nWhat comes next\n\n" + shortBody[len(strings.Join(short[:3], "\n\n"))+2:], short, []string{"What comes next"}},
		{"an article of short sentences under a menu", menu + shortBody + "\n\n" + teasers, short, []string{"Home", "Singer Cancels"}},
		{"menu and teasers around an article", menu + body + "\n\n" + teasers + "About us\n\nContact", article,
			[]string{"Home", "Singer Cancels", "her doctors", "oil rose", "two cubs", "About us"}},
		{"gallery after an article", body + "\n\n" + gallery, article,
			[]string{"Business in pictures", "profits had fallen", "recall forty", "small insurer"}},
		{"live blog sections", "The Latest: Council closes the harbour bridge\n\n" + liveBlog, []string{"Council members arrived", "reading the engineers", "stay open to buses", "nine to two"}, nil},
		{"clean article", body + "\n\nLind said the work would start in June.", append(append([]string{}, article...), "Lind said the work would start in June."), nil},
		{"standfirst over a byline", menu + "Council shuts harbour bridge\n\nCars will be kept off the old harbour bridge until the cracks in its girders are repaired\n\nBy\n\nJo Park\n\n01 October 2020\n\n" + body + "\n\n" + teasers,
			append([]string{"Cars will be kept off the old harbour bridge"}, article...), []string{"Home", "Singer Cancels"}},
		{"excerpts of other posts", body + "\n\nRecent posts\n\nTram fares to rise\n\nThe transport board said on Monday that a single tram fare would go up by ten cents from March, the first ris...\n\n" +
			"New ferry for the islands\n\nA second ferry will sail between the two islands on Sundays, the harbour master said, after complaints that the boat...\n\n" +
			"Night buses return\n\nBuses will run all night on the harbour line again from June, the city said, two years after the service was cu...",
			article, []string{"Tram fares", "single tram fare", "second ferry", "all night"}},
		{"a paragraph of the article ends with an ellipsis", body + "\n\nAsked when the bridge would reopen, Lind said only that the council would do what it could...", append(append([]string{}, article...), "Lind said only that"), nil},
		{"contact line under the article", body + "\n\nJo Park: 555-0100 or jpark@example.com; on Twitter: @jopark.", article, []string{"jpark@example.com"}},
		{"a tweet answering two people is no contact line", body + "\n\n@jopark @harbourtimes Why does the bridge stay open to buses when the girders are cracked?", append(append([]string{}, article...), "Why does the bridge stay open"), nil},
		{"caption over its credit", menu + "Council shuts harbour bridge\n\nThe mayor at the harbour bridge on Tuesday, a day before the council closed it to cars\nCredit: HARBOUR TIMES\n\n" + body,
			article, []string{"a day before the council", "HARBOUR TIMES"}},
		{"a menu line taken for the headline does not pick the core", "Start a Wiki Today\n\n" + body + "\n\nAbout us\n\nContact\n\nPress\n\nJobs\n\nHelp\n\nStart your own wiki today, it takes a minute.",
			article, []string{"Start your own wiki"}},
		{"not English", "Nachrichten\n\nSport\n\nDer Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für Autos zu sperren, nachdem Ingenieure Risse gefunden hatten.\n\nDie Brücke bleibt für Fußgänger und Radfahrer offen, sagte die Bürgermeisterin.",
			[]string{"Der Stadtrat", "Die Brücke bleibt"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse("page.txt", []byte(tt.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkBlocks(t, c)
			all := strings.Join(blockTexts(c), "\n")
			for _, k := range tt.keep {
				if !strings.Contains(all, k) {
					t.Errorf("%q is in no block", k)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(all, d) {
					t.Errorf("%q is in a block", d)
				}
			}
			if t.Failed() {
				t.Logf("blocks:\n%s", all)
			}
		})
	}
}

// TestShapeNoCopy checks that shape hands back a line with nothing to fold
// as it is, without a copy, folds the others as before, and that
// slideCounter answers as shape(s) == "0/0" does.
func TestShapeNoCopy(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"advertisement", "advertisement"},
		{"Advertisement", "advertisement"},
		{"3/50", "0/0"},
		{"Page 12 of 40", "page 0 of 0"},
		{"— read more —", "— read more —"},
	} {
		if got := shape(tc.in); got != tc.want {
			t.Errorf("shape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if n := testing.AllocsPerRun(10, func() { _ = shape("read more") }); n != 0 {
		t.Errorf("shape of a line with nothing to fold: %v allocations, want 0", n)
	}
	for _, s := range []string{"", "3/50", "12/5", "3/", "/50", "3/50/2", "a/b", "3/5a", "03/50", "3-50", "Photo"} {
		if got, want := slideCounter(s), shape(s) == "0/0"; got != want {
			t.Errorf("slideCounter(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIsSpaceByte checks isSpaceByte's one-comparison test against the
// six white-space bytes, for every byte.
func TestIsSpaceByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := strings.IndexByte(" \t\n\r\f\v", byte(c)) >= 0
		if got := isSpaceByte(byte(c)); got != want {
			t.Errorf("isSpaceByte(%#x) = %v, want %v", c, got, want)
		}
	}
}
