import CPoppler

/// Where a document keeps text that is not drawn on its pages: in form fields (values, list
/// items) or in annotations (comments, notes). A file with no text on its pages but text there
/// is a form, not a scan: advising OCR would send the analyst the wrong way.
public struct TextOutsidePages: Sendable, Equatable {
    public var inFormFields = false
    public var inAnnotations = false

    public init(inFormFields: Bool = false, inAnnotations: Bool = false) {
        self.inFormFields = inFormFields
        self.inAnnotations = inAnnotations
    }

    /// Why a document without text on its pages cannot be read: its text is elsewhere, or it
    /// has none (a scan).
    public var reason: ExtractionError {
        switch (inFormFields, inAnnotations) {
        case (true, true): .textOutsidePages("form fields and annotations")
        case (true, false): .textOutsidePages("form fields")
        case (false, true): .textOutsidePages("annotations")
        case (false, false): .noTextLayer
        }
    }
}

extension PDFDocument {
    /// Which kinds of text the first `pages` pages hold outside their text layer.
    public func textOutsidePages(pages: Int = 100) -> TextOutsidePages {
        var found = TextOutsidePages()
        for number in 0..<min(pages, pageCount) where !(found.inFormFields && found.inAnnotations) {
            guard let page = poppler_document_get_page(document, Int32(number)) else { continue }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            if !found.inFormFields { found.inFormFields = Self.formFieldsHoldText(page) }
            if !found.inAnnotations { found.inAnnotations = Self.annotationsHoldText(page) }
        }
        return found
    }

    /// A text field with a value, or a list or combo box with an item or a value.
    private static func formFieldsHoldText(_ page: OpaquePointer) -> Bool {
        guard let mapping = poppler_page_get_form_field_mapping(page) else { return false }
        defer { poppler_page_free_form_field_mapping(mapping) }
        return any(in: mapping, of: PopplerFormFieldMapping.self) { entry in
            guard let field = entry.field else { return false }
            switch poppler_form_field_get_field_type(field) {
            case POPPLER_FORM_FIELD_TEXT:
                return hasText(poppler_form_field_text_get_text(field))
            case POPPLER_FORM_FIELD_CHOICE:
                return hasText(poppler_form_field_choice_get_text(field))
                    || (0..<poppler_form_field_choice_get_n_items(field)).contains { hasText(poppler_form_field_choice_get_item(field, $0)) }
            default:
                return false
            }
        }
    }

    /// An annotation with contents (a comment, a note, a free-text box).
    private static func annotationsHoldText(_ page: OpaquePointer) -> Bool {
        guard let mapping = poppler_page_get_annot_mapping(page) else { return false }
        defer { poppler_page_free_annot_mapping(mapping) }
        return any(in: mapping, of: PopplerAnnotMapping.self) { entry in entry.annot.map { hasText(poppler_annot_get_contents($0)) } ?? false }
    }

    /// Whether an entry of a GList of `Entry` structs satisfies `test`.
    private static func any<Entry>(in list: UnsafeMutablePointer<GList>, of _: Entry.Type, _ test: (Entry) -> Bool) -> Bool {
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let data = current.pointee.data, test(data.assumingMemoryBound(to: Entry.self).pointee) { return true }
            node = current.pointee.next
        }
        return false
    }

    /// Whether a g_malloc'ed string (taken and freed) holds anything but white space.
    private static func hasText(_ pointer: UnsafeMutablePointer<gchar>?) -> Bool {
        takeString(pointer) != nil
    }
}
