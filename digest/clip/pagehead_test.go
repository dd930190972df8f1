package clip

import (
	"os"
	"sort"
	"strings"
	"testing"
)

// TestPageHeadline: on a page copied whole, a menu or search-box line
// taken for the headline gives way to the headline standing over the
// article, or to none; a headline that is the article's stays.
func TestPageHeadline(t *testing.T) {
	body := strings.Join([]string{
		"The city council voted on Tuesday to close the old harbour bridge to cars after engineers found cracks in two of its steel girders.",
		"Mayor Ana Lind said the bridge would stay open to people on foot and on bicycles while the council looks for the money to repair it.",
		"“We cannot wait for a girder to fail before we act,” Lind told reporters outside the council chamber after the vote.",
		"The harbour bridge carries about twelve thousand cars a day, and the detour through the port adds twenty minutes to a trip across town.",
		"Engineers from the port authority said the cracks had grown since the last inspection of the bridge in the spring.",
	}, "\n\n")
	menu := "Search the Site\n\nHome\n\nNews\n\nSport\n\nWeather\n\nSign in\n\nLocal Politics\n\nArts & Culture\n\nAlso in the News Today\n\nBusiness\n\n"
	footer := "\n\nAbout us\n\nContact\n\nJobs"
	tests := []struct{ name, text, want string }{
		{"menu line, then the headline over a byline", menu + "Council closes cracked harbour bridge to cars\n\nBy Jo Park\n\n01 October 2020\n\n" + body + footer,
			"Council closes cracked harbour bridge to cars"},
		{"menu line, no headline over the article", menu + body + footer, ""},
		{"the headline over a few menu lines", "Council closes cracked harbour bridge to cars\n\nHome\n\nNews\n\nSport\n\n" + body + footer,
			"Council closes cracked harbour bridge to cars"},
		{"a menu line over a menu", "Start Your Own Wiki\n\nHome\n\nNews\n\nMost Read This Week\n\nGames\n\nMovies\n\nTV Shows\n\n" + body + footer, ""},
		{"a headline in other words over a date and a caption", "A Crack in the Works\n\nSept. 25, 2018\n\nThe old bridge at dawn\n\n" + body, "A Crack in the Works"},
		{"an aggregator's header under the headline", "Council shuts bridge\n\nPublished on March 11, 2025\n\nDocument Date: Sun, Aug 03 2025 03:37:46 pm\n\nCategory: ,English,International -\n\n,Snippets\n\nShow on website: Click Here\n\nSources Harbour Times\n\n" + body,
			"Council shuts bridge"},
		{"a headline in other words, nothing dropped", "A Crack in the Works\n\n" + body, "A Crack in the Works"},
		{"a list of tags is no headline", menu + "Topics: bridges, harbour, council, cars, Local Politics\n\n" + body + footer, ""},
		{"nor a byline, a date or a lower-case line", menu + "harbour bridge news in brief\n\nBy the Harbour Times Staff | Source: Harbour Council\n\nOctober 1, 2020\n\n" + body + footer, ""},
		{"the article's headline over a table of contents", "Harbour Bridge Repairs\n\nContents\n\nThe vote\n\nThe cracks in the girders\n\nThe detour through the port\n\nWhat the engineers found\n\nThe repair of the harbour bridge girders\n\n" + body, "Harbour Bridge Repairs"},
		{"a photo credit is no headline", menu + "Jo Park / Harbour Times Photo Service\n\n" + body + footer, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse("page.txt", []byte(tt.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkBlocks(t, c)
			if c.Headline != tt.want {
				t.Errorf("headline %q, want %q\nblocks:\n%s", c.Headline, tt.want, strings.Join(blockTexts(c), "\n"))
			}
			if !strings.Contains(strings.Join(blockTexts(c), "\n"), "Engineers from the port authority") {
				t.Errorf("the article lost its last paragraph")
			}
		})
	}
}

// TestHeadShare checks minHeadShare against the PolNeAR train texts, which
// start with their headline: nine in ten headlines find that share of
// their words (weighed by rarity) in the article under them.
func TestHeadShare(t *testing.T) {
	var shares []float64
	for _, f := range polnearTexts(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ps := paragraphsOfText(string(b))
		if len(ps) < 3 {
			continue
		}
		body := map[string]bool{}
		contentWords(strings.Join(ps[1:], "\n"), func(w string) { body[w] = true })
		var in, all float64
		contentWords(ps[0], func(w string) {
			all += weight(w)
			if body[w] {
				in += weight(w)
			}
		})
		if all > 0 {
			shares = append(shares, in/all)
		}
	}
	sort.Float64s(shares)
	p10, median := shares[len(shares)/10], shares[len(shares)/2]
	t.Logf("%d headlines: share of their words in the article: 10th percentile %.2f, median %.2f", len(shares), p10, median)
	if d := p10 - minHeadShare; d < -0.05 || d > 0.05 {
		t.Errorf("minHeadShare = %.2f, the train headlines' 10th percentile is %.2f", minHeadShare, p10)
	}
}
