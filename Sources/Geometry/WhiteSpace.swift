extension Unicode.Scalar {
    /// White space as Unicode has it, ASCII answered without the property tables: asked of
    /// every scalar of every page's text and of every header the parser normalises.
    public var isWhiteSpace: Bool {
        isASCII ? self == " " || ("\t"..."\r").contains(self) : properties.isWhitespace
    }
}
