// The ink peer's player (bench/): runs the compiled story with inkjs's runtime-only build
// (ink.js, the file an Inky web export ships), one paragraph per line, one button per choice.
// Tags from the .ink: CLEAR empties the page (a new step), h1/h2/h3 make a heading,
// "CLASS: name" adds a class. No fade-in delays, unlike Inky's template, so the benchmark
// times the player and not an animation.
(function () {
  "use strict";
  var storyEl = document.getElementById("story");
  var story = null;
  var firstView = true;

  fetch("partner-pulling-away.json")
    .then(function (response) {
      if (!response.ok) throw new Error("story file: HTTP " + response.status);
      return response.text();
    })
    .then(function (json) {
      story = new inkjs.Story(json);
      storyEl.textContent = "";
      continueStory();
    })
    .catch(function (error) {
      console.error("The story could not load:", error);
      storyEl.textContent = "The story could not load. Please reload the page.";
    });

  // Shows every line up to the next choice, then the choices (or Start again at an ending).
  function continueStory() {
    var focusTarget = null;
    while (story.canContinue) {
      var text = story.Continue().trim();
      var element = "p";
      var classes = [];
      story.currentTags.forEach(function (raw) {
        var tag = raw.trim();
        if (tag === "CLEAR") {
          storyEl.textContent = "";
          window.scrollTo(0, 0);
        } else if (/^h[1-3]$/.test(tag)) {
          element = tag;
        } else if (tag.indexOf("CLASS:") === 0) {
          classes.push(tag.slice(6).trim());
        }
      });
      if (!text) continue;
      var node = document.createElement(element);
      node.textContent = text;
      if (classes.length) node.className = classes.join(" ");
      if (element !== "p") {
        // Headings take focus, so keyboard and screen-reader users land on what is new.
        node.tabIndex = -1;
        if (!focusTarget && element !== "h1") focusTarget = node;
      }
      storyEl.appendChild(node);
    }

    var list = document.createElement("ul");
    list.className = "choices";
    if (story.currentChoices.length) {
      story.currentChoices.forEach(function (choice) {
        list.appendChild(button(choice.text, function () {
          list.remove();
          story.ChooseChoiceIndex(choice.index);
          continueStory();
        }));
      });
    } else {
      list.appendChild(button("Start again", function () {
        story.ResetState();
        continueStory();
      }));
    }
    storyEl.appendChild(list);

    if (firstView) {
      firstView = false;
      // For the benchmark: the first passage is on screen (Attune marks "attune-ready").
      performance.mark("peer-ready");
    } else if (focusTarget) {
      focusTarget.focus();
    }
  }

  function button(label, onClick) {
    var item = document.createElement("li");
    var element = document.createElement("button");
    element.type = "button";
    element.className = "choice";
    element.textContent = label;
    element.addEventListener("click", onClick);
    item.appendChild(element);
    return item;
  }
})();
