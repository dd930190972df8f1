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
