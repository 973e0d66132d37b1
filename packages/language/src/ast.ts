/**
 * The field-code AST. Every node carries `start`/`end` UTF-16 offsets into the template source
 * (half-open). Nodes are plain frozen-shape objects produced only by our parser; no public API
 * accepts an AST from elsewhere (anchors §5.4.6).
 */

export interface Span {
  start: number;
  end: number;
}

/** How a field code was delimited: `<$ … $>` (canonical), `<${ … }>` (brace) or `<$< … >>` (angle). */
export type DelimiterStyle = 'canonical' | 'brace' | 'angle';

export interface TemplateNode extends Span {
  kind: 'Template';
  body: Array<TextNode | FieldCodeNode>;
}

export interface TextNode extends Span {
  kind: 'Text';
  value: string;
}

export interface FieldCodeNode extends Span {
  kind: 'FieldCode';
  delimiter: DelimiterStyle;
  /** Span of the opening delimiter. */
  open: Span;
  /** Span of the closing delimiter; null when the field code is unclosed. */
  close: Span | null;
  /** Null when the field code is empty or could not be parsed at all. */
  expression: Expression | null;
}

export type Expression =
  | NumberLiteral
  | StringLiteral
  | BooleanLiteral
  | Identifier
  | MemberExpression
  | CallExpression
  | UnaryExpression
  | BinaryExpression
  | ParenExpression
  | ErrorExpression;

export interface NumberLiteral extends Span {
  kind: 'Number';
  value: number;
  raw: string;
}

export interface StringLiteral extends Span {
  kind: 'String';
  /** Value with escapes resolved. */
  value: string;
  quote: '"' | "'";
}

export interface BooleanLiteral extends Span {
  kind: 'Boolean';
  value: boolean;
}

/** A bare name: an object (`Contact`, `Agent`, `Interaction`) or a custom variable (`CustomProp_Date`). */
export interface Identifier extends Span {
  kind: 'Identifier';
  name: string;
}

/** `object.property`. */
export interface MemberExpression extends Span {
  kind: 'Member';
  object: Expression;
  property: string;
  propertySpan: Span;
}

/**
 * A call. With an `Identifier` callee it is a function call (`Left("a", 1)`); with a `Member`
 * callee it is a property with arguments (`Interaction.AttachedData("Key")`).
 */
export interface CallExpression extends Span {
  kind: 'Call';
  callee: Identifier | MemberExpression;
  args: Expression[];
}

export type UnaryOperator = '-' | '+' | 'Not';

export interface UnaryExpression extends Span {
  kind: 'Unary';
  operator: UnaryOperator;
  operand: Expression;
  operatorSpan: Span;
}

/** Operators normalised to one spelling: `==`/`EQ` → `=`, `!=`/`NE` → `<>`, `&&` → `And`, `||` → `Or`, `LT` → `<` … */
export type BinaryOperator = '^' | '*' | '/' | 'Mod' | '+' | '-' | '<' | '<=' | '>' | '>=' | '=' | '<>' | 'And' | 'XOr' | 'Or' | ':';

export interface BinaryExpression extends Span {
  kind: 'Binary';
  operator: BinaryOperator;
  left: Expression;
  right: Expression;
  operatorSpan: Span;
}

export interface ParenExpression extends Span {
  kind: 'Paren';
  expression: Expression;
}

/** Placeholder for input the parser recovered from; renders as empty. */
export interface ErrorExpression extends Span {
  kind: 'Error';
}
