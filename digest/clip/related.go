package clip

import "strings"

// Lists of other stories' headlines inside an article: "Related:" and the
// titles under it, or a run of headlines with no label. They read as
// statements ("Sanders: I'm Not Much Of A Socialist") but are the site's
// links, not the story's; the story's own headline, its first line, is
// taken before any prose and never asked about here.

// relatedLabel reports a label over a list of links: "Related:",
// "Related coverage", "Read more:", "See also", "More on this story:".
func relatedLabel(s string, words int) bool {
	if words > 5 {
		return false
	}
	label := strings.Trim(s, "\"'“”‘’*#_ ")
	colon := strings.HasSuffix(label, ":")
	label = strings.TrimSpace(strings.TrimSuffix(label, ":"))
	for _, p := range []string{"related", "read more", "see also", "also read", "more on", "more from", "you may also like", "recommended"} {
		if hasPrefixFold(label, p) && (colon || len(label) == len(p) || words <= 3) {
			return true
		}
	}
	return false
}

// headlineItem reports a line shaped like another story's headline: a few
// words in title case, one sentence at most.
func headlineItem(s string, words int) bool {
	return words >= 3 && words <= headWords+2 && len(s) <= 200 && titleCase(s) && !strings.Contains(strings.TrimRight(s, ".!?…\"'’”)"), ". ")
}

// minHeadlineRun is the fewest headline-shaped lines in a row, standing
// alone, that make a list of links without a label over them: a story's
// own subheads stand between paragraphs of prose, one at a time.
const minHeadlineRun = 3

// headlineRun reports whether unit i, after the article's prose began, is
// one of at least minHeadlineRun headline-shaped lines in a row.
func headlineRun(units []unit, i int) bool {
	if !headlineItem(units[i].s, units[i].words) {
		return false
	}
	// only the minHeadlineRun-1 units on either side are asked, so that a
	// page of a thousand such lines is read in linear time
	a, b := i, i+1
	for a > 0 && i-a < minHeadlineRun-1 && headlineItem(units[a-1].s, units[a-1].words) {
		a--
	}
	for b < len(units) && b-i <= minHeadlineRun-1 && headlineItem(units[b].s, units[b].words) {
		b++
	}
	return b-a >= minHeadlineRun
}

// listLabel reports a heading a page puts over a list of other stories
// ("Most read", "Related stories", "Latest news", "More from Culture",
// "Popular in: Health"): what follows it is the list, not more of the
// article, however much its teasers read like prose. "Read more" is left
// out, being as often a link in the middle of an article, and so is "See
// also", which heads a section of a reference article.
func listLabel(s string, words int) bool {
	if words > 4 || endsSentence(s) {
		return false
	}
	label := strings.Trim(s, "\"'“”‘’*#_: ")
	for _, p := range []string{"related", "more on", "more from", "you may also like", "recommended", "most read", "most popular",
		"most viewed", "most shared", "popular in", "popular now", "latest news", "top stories", "trending now", "more stories",
		"next up", "editors' picks", "editor's picks"} {
		if hasPrefixFold(label, p) && (len(label) == len(p) || label[len(p)] == ' ' || label[len(p)] == ':') {
			return true
		}
	}
	return false
}

// commentsLabel reports a heading over readers' comments: "12 comments",
// "There are 13 comments", "Comments (4)", "Leave a reply", "Join the
// discussion". A bare "Comment", "Replies" or "Discussion" is as often a
// column of a table or a section of the article.
func commentsLabel(s string, words int) bool {
	if words > 5 || endsSentence(s) {
		return false
	}
	label := strings.Trim(s, "\"'“”‘’*#_:() ")
	label = trimPrefixFold(trimPrefixFold(label, "there are "), "there is ")
	counted := strings.TrimLeft(label, "0123456789")
	if len(counted) < len(label) {
		return oneOfFold(strings.TrimSpace(counted), "comment", "comments", "response", "responses", "reply", "replies")
	}
	return oneOfFold(strings.TrimRight(label, " ()0123456789"), "comments", "reader comments", "leave a comment", "leave a reply",
		"post a comment", "add a comment", "join the discussion", "show comments", "view comments")
}

// oneOfFold reports whether s is one of words, ignoring case.
func oneOfFold(s string, words ...string) bool {
	for _, w := range words {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}
