package clip

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestHTMLReaderCommentsPruned: a page's reader comments, in a section
// its content system marks (a Drupal <div id="comments"> of anonymous
// comment blocks), are no part of the article; the article's own
// paragraphs stay. (go-trafilatura drops this made-up section on its own
// too; the saved aclu page's it kept. TestPruneComments checks the
// pruning itself.)
func TestHTMLReaderCommentsPruned(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour ferry to stop in winter</title></head><body>
<div id="page"><div class="node node-article"><h1>Harbour ferry to stop in winter</h1><div class="field-body">`)
	for _, p := range []string{
		"The harbour ferry will stop running in December, the city's transport office said on Monday, after a year of falling ticket sales.",
		"Ann Lee, who runs the office, said the boats would return in April once repairs to the north pier were done.",
		"“We cannot keep a boat on the water for six passengers a day,” Lee said. “The money is better spent on the pier.”",
		"Riders who use the ferry to reach the island school will get a free bus pass for the winter, the office said.",
		"The council will vote on the repair budget next week, and members of both parties have said they support it.",
	} {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString(`</div></div>
<div class="panel-pane pane-social-comments"><div class="comments comment-wrapper"><div class="comments-header"><span class="title">View comments</span> (3)</div>
<div id="comments"><form class="comment-form" id="comment-form"><label>Comment</label><textarea></textarea><input type="submit" value="Add comment"></form><a id="comments-top" class="top"></a>`)
	for _, c := range []string{
		"Tom Ito claims he was fined twice by the harbour police for riding the ferry without a ticket and paid both fines in full.",
		"The city always does this. They cut the service first and then they ask why nobody rides it any more, as the mayor admitted last year.",
		"Well written article. I agree with the content, although I would have liked to hear from the ferry crews themselves.",
		"The island families were never asked about any of this. A bus pass does not help a child who has to cross the water twice a day in the dark, and the office knows it.",
		"If the pier needs repairs, fix the pier. But a city that can find money for a new stadium can surely find the money to keep one small boat running for the winter months.",
		"I rode that ferry for twenty years and the crews were always kind. It is a shame to see the service treated as a line in a budget instead of part of the harbour's life.",
		"Does anyone know whether the Sunday boats will also stop? The notice on the pier says nothing about weekends, and the office does not answer the phone.",
	} {
		b.WriteString(`<a id="comment-1"></a><div class="clear-block comment comment comment-by-anonymous even clearfix"><div class="comment-content"><div class="content"><h3 class="name"><span class="username">Anonymous</span></h3>` +
			`<div class="field-comment-body text-area"><p>` + c + `</p><p>` + c + `</p></div></div></div>` +
			`<div class="meta"><ul class="links inline"><li class="comment-reply first"><a href="/comment/reply/1/2">reply</a></li><li class="date"><span>April 5, 2018</span></li></ul></div></div>` + "\n")
	}
	b.WriteString(`</div></div></div></div></body></html>`)
	c, err := Parse("ferry.html", []byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(blockTexts(c), "\n")
	for _, gone := range []string{"Tom Ito claims", "The city always does this", "Well written article"} {
		if strings.Contains(all, gone) {
			t.Errorf("a reader's comment %q is in the article:\n%s", gone, all)
		}
	}
	for _, kept := range []string{"The harbour ferry will stop", "The council will vote"} {
		if !strings.Contains(all, kept) {
			t.Errorf("%q is in no block:\n%s", kept, all)
		}
	}
}

// TestPruneComments: the comment sections pruneComments takes out of a
// parsed page before go-trafilatura reads it, by id and by class, and the
// elements it leaves (an article whose class names its comment count, a
// paragraph about comments).
func TestPruneComments(t *testing.T) {
	page := `<html><body><article class="post has-comments"><p>The ferry stops in December.</p><p class="entry-comments">3 comments</p></article>
<div id="comments"><p>First reader comment.</p></div>
<section class="comments section"><p>Second reader comment.</p></section>
<ol class="commentlist"><li>Third reader comment.</li></ol>
<div id="disqus_thread"><p>Fourth reader comment.</p></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	pruneComments(doc)
	var b strings.Builder
	if err := html.Render(&b, doc); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, gone := range []string{"First reader", "Second reader", "Third reader", "Fourth reader"} {
		if strings.Contains(got, gone) {
			t.Errorf("%q left in the page:\n%s", gone, got)
		}
	}
	for _, kept := range []string{"The ferry stops in December.", "3 comments"} {
		if !strings.Contains(got, kept) {
			t.Errorf("%q pruned:\n%s", kept, got)
		}
	}
}
