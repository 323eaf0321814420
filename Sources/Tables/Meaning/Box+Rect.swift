import Catalogue
import Geometry

extension Box {
    /// The catalogue's box of a page rectangle: both are points from the page's top-left corner.
    init(_ rect: Rect) {
        self.init(x: rect.minX, y: rect.minY, width: rect.width, height: rect.height)
    }
}
