/// The report's own style sheet and script, written into every report: it must open from an
/// e-mail attachment, with no network and no file beside it.
enum ReviewStyle {
    /// Plain, readable styling; the overlay's colours name the roles (see the legend).
    static let css = """
        /* A followed link's box is scrolled to below the sticky header, not under it. */
        html { scroll-padding-top: 6em; }
        body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #222; background: #f4f4f4; }
        header { padding: 8px 16px; background: #fff; border-bottom: 1px solid #ccc; position: sticky; top: 0; z-index: 2;
          height: 5em; box-sizing: border-box; overflow: hidden; }
        header p { margin: 4px 0 0; }
        header h1 { font-size: 18px; margin: 0; }
        main { display: flex; align-items: flex-start; }
        #catalogue { width: 34em; flex: none; padding: 8px 16px; background: #fff; border-right: 1px solid #ccc;
          position: sticky; top: 5em; max-height: calc(100vh - 5em); overflow-y: auto; box-sizing: border-box; }
        #pages { padding: 16px; flex: 1; }
        h2 { font-size: 15px; margin: 16px 0 6px; }
        h3 { font-size: 14px; margin: 12px 0 4px; }
        table.products { border-collapse: collapse; width: 100%; font-size: 13px; }
        table.products td, table.products th { border-bottom: 1px solid #e4e4e4; padding: 2px 4px; vertical-align: top; text-align: left; }
        .typed { color: #06c; font-family: ui-monospace, monospace; }
        .muted { color: #777; }
        .warning, .unaccounted-text { color: #b00; }
        li.change { margin-bottom: 2px; }
        .product-entry.selected, .warning.selected, .change.selected { background: #ffe9a8; }
        .page { margin-bottom: 24px; }
        .sheet { position: relative; background: #fff; box-shadow: 0 1px 4px #aaa; }
        .sheet img, .sheet svg { position: absolute; left: 0; top: 0; }
        svg rect { vector-effect: non-scaling-stroke; }
        .line { fill: none; stroke: none; }
        .role-runningText, .role-prose { fill: #888; fill-opacity: .18; }
        .role-footnote { fill: none; }
        .role-unaccounted { fill: #e00; fill-opacity: .2; stroke: #e00; stroke-width: 1.5; }
        .table-region { fill: none; stroke: #1f5fbf; stroke-dasharray: 6 3; stroke-width: 1; }
        .column-zone { fill: #1f5fbf; fill-opacity: .05; stroke: #1f5fbf; stroke-opacity: .3; stroke-width: .5; }
        .header-cell { fill: #1f5fbf; fill-opacity: .12; stroke: #1f5fbf; stroke-width: 1; }
        .header-cell.unknown { fill: #e00; fill-opacity: .2; stroke: #e00; }
        .group-row { fill: #7b3fb5; fill-opacity: .12; stroke: #7b3fb5; stroke-width: 1; }
        .box.product { fill: #0a8f3c; fill-opacity: 0; stroke: #0a8f3c; stroke-width: 1; }
        .box.product:hover { fill-opacity: .15; }
        .box.price { fill: #0a8f3c; fill-opacity: .1; stroke: #0a8f3c; stroke-width: .5; }
        .box.footnote { fill: #c77800; fill-opacity: .08; stroke: #c77800; stroke-width: 1; }
        .footnote-marker { fill: #c77800; fill-opacity: .35; stroke: #c77800; stroke-width: .5; }
        .box.warning { fill: #e00; fill-opacity: .15; stroke: #e00; stroke-width: 2; }
        .box.changed { stroke: #e07000; stroke-width: 2.5; fill: #e07000; fill-opacity: .12; }
        /* .box:target, not rect:target: a followed link's box must outweigh .box.product and .box.footnote. */
        .box.selected, .box:target { stroke: #ff00d4; stroke-width: 3; fill: #ff00d4; fill-opacity: .18; }
        .legend span { display: inline-block; padding: 0 6px; margin: 2px; border: 1px solid; font-size: 12px; }
        """

    /// Click-to-highlight only: the report reads the same without it.
    static let script = """
        document.addEventListener('click', function (event) {
          var link = event.target.closest('[data-select]');
          if (!link) return;
          event.preventDefault();
          document.querySelectorAll('.selected').forEach(function (e) { e.classList.remove('selected'); });
          var parts = link.getAttribute('data-select').split(':');
          var attribute = parts[0] === 'warning' ? 'data-warning' : 'data-product';
          var value = parts.slice(1).join(':');
          var boxes = document.querySelectorAll('rect[' + attribute + '="' + CSS.escape(value) + '"]');
          boxes.forEach(function (box) { box.classList.add('selected'); });
          link.closest('tr, li').classList.add('selected');
          // A warning that quotes no line of its page has no box: its page is where to look.
          var place = boxes.length > 0 ? boxes[0] : document.getElementById((link.getAttribute('href') || '').slice(1));
          if (place) place.scrollIntoView({ block: 'center' });
        });
        """
}
