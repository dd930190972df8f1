package extract

import "testing"

// TestEntityArraysReused checks that an entity made after resetList starts
// empty though it appends into the arrays of the one before, and that the
// strings left in those arrays are cleared.
func TestEntityArraysReused(t *testing.T) {
	es := entities{byLast: map[string][]int{}}
	id := es.newEntity("Ann Lee", []string{"Ann", "Lee"})
	es.mention(id, 4)
	es.mention(id, 40)
	e := &es.list[id]
	e.forms = append(e.forms, "Senator Ann Lee")
	e.twords = append(e.twords, "senator")
	e.roles = append(e.roles, "senator")
	forms := e.forms
	es.resetList()
	if len(es.list) != 0 {
		t.Fatalf("after resetList: %d entities", len(es.list))
	}
	if forms[:1][0] != "" {
		t.Errorf("a form left in the kept array: %q", forms[:1][0])
	}
	id = es.newEntity("Bo Ray", []string{"Bo", "Ray"})
	e = &es.list[id]
	if e.name != "Bo Ray" || len(e.mentions) != 0 || len(e.forms) != 0 || len(e.twords) != 0 || len(e.roles) != 0 || e.title != "" {
		t.Errorf("a new entity after resetList: %+v", *e)
	}
	if cap(e.mentions) == 0 {
		t.Errorf("the mentions array was not kept")
	}
}

// TestWordArena checks that words kept in the arena stay apart: appending
// to one copy leaves the next alone, and resetList clears the strings.
func TestWordArena(t *testing.T) {
	var es entities
	a := es.words.keep([]string{"Ann", "Lee"})
	b := es.words.keep([]string{"Bo", "Ray"})
	a = append(a, "Jr.")
	if b[0] != "Bo" || a[0] != "Ann" || len(a) != 3 {
		t.Errorf("kept words overlap: %q %q", a, b)
	}
	if c := (*wordArena)(nil).keep([]string{"Li"}); len(c) != 1 || c[0] != "Li" {
		t.Errorf("nil arena: %q", c)
	}
	buf := es.words.buf
	es.resetList()
	if len(es.words.buf) != 0 || buf[:2][0] != "" {
		t.Errorf("resetList left %d words, %q", len(es.words.buf), buf[:2][0])
	}
}
