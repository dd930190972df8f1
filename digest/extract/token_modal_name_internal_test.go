package extract

import "testing"

// TestModalSurname: a capitalised modal after a first name is a surname
// unless a title-cased subheading in the body goes on with a verb's plain
// form; after another capitalised word, only where no modal could stand.
func TestModalSurname(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"George Will urged readers to vote.", true},
		{"Bernie Will said the plan was good.", true},
		{"What Bernie Will Do Next", false},
		{"Why George Will Says No", true},
		{"Maria Might said the plan was good.", true},
		{"Maria Might win the seat.", false},
		{"Ana Can, the treasurer, said it was over.", true},
		{"Maria May said the plan was good.", false},
		{"In May sales fell.", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			var z tokenizer
			z.scan(tt.text, 0, len(tt.text), false)
			got := false
			for _, tk := range z.raw {
				switch tt.text[tk.s:tk.e] {
				case "Will", "May", "Can", "Might":
					got = tk.w.f&fAux == 0
				}
			}
			if got != tt.want {
				t.Errorf("surname = %v, want %v", got, tt.want)
			}
		})
	}
}
