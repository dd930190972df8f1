package extract

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func TestNameSex(t *testing.T) {
	for _, tc := range []struct {
		name string
		want sex
	}{
		{"Hillary", female},
		{"hillary", female},
		{"Donald", male},
		{"Barack", male},
		{"Nancy", female},
		{"Republican", unknownSex}, // capitalised, but a party
		{"Said", unknownSex},
		{"", unknownSex},
	} {
		if got := nameSex(tc.name); got != tc.want {
			t.Errorf("nameSex(%q) = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestGenderTableReproducible regenerates the first-name table from the
// PolNeAR train texts and checks it is the one embedded.
func TestGenderTableReproducible(t *testing.T) {
	train := filepath.Join("..", "..", "..", "shared", "polnear", "train")
	if _, err := os.Stat(filepath.Join(train, "text")); err != nil {
		t.Skip("PolNeAR train texts not found at " + train)
	}
	if testing.Short() {
		t.Skip("regenerating the table reads 840 articles")
	}
	out := filepath.Join(t.TempDir(), "gender_names.go")
	cmd := exec.Command("go", "run", "./internal/gendergen", "-o", out, train)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gendergen: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("gender_names.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("gender_names.go differs from what gendergen makes of the train texts: run go generate ./digest/extract")
	}
}
