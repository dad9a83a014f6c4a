namespace RunnerStrength.Engine.Diagnostics;

/// <summary>
/// Every diagnostic the engine reports, in one place. Codes are stable and never reused; a retired code
/// stays here as a comment. Bands: RS1xxx JSON and schema, RS2xxx expression syntax, RS3xxx binding and
/// types, RS4xxx rule-set structure, RS5xxx for the host's own domain (kept by the host library), RS9xxx I/O.
/// </summary>
public static class DiagnosticCatalog
{
    // ---- RS1xxx: JSON and schema -------------------------------------------------------------

    /// <summary>The file is not valid JSON.</summary>
    public static readonly DiagnosticDescriptor InvalidJson = Error("RS1001", "Invalid JSON", "{0}");

    /// <summary>The JSON does not follow the schema.</summary>
    public static readonly DiagnosticDescriptor SchemaViolation = Error("RS1002", "Schema violation", "{0}");

    /// <summary>A property the format does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownProperty = Error("RS1003", "Unknown property", "'{0}' is not a property of {1}{2}");

    /// <summary>A property holds the wrong kind of JSON value.</summary>
    public static readonly DiagnosticDescriptor WrongJsonType = Error("RS1004", "Wrong JSON type", "'{0}' must be {1}, found {2}");

    /// <summary>A required property is missing.</summary>
    public static readonly DiagnosticDescriptor MissingProperty = Error("RS1005", "Missing property", "{0} needs '{1}'");

    /// <summary>A value outside the allowed set.</summary>
    public static readonly DiagnosticDescriptor InvalidValue = Error("RS1006", "Invalid value", "'{0}' is not a valid {1}; expected {2}");

    /// <summary>The same property twice in one object.</summary>
    public static readonly DiagnosticDescriptor DuplicateProperty = Error("RS1007", "Duplicate property", "'{0}' appears more than once in this object");

    /// <summary>A <c>$(</c> placeholder in a message without its closing <c>)</c>.</summary>
    public static readonly DiagnosticDescriptor UnclosedPlaceholder = Error("RS1008", "Unclosed placeholder", "the placeholder '$(' has no closing ')'");

    // ---- RS2xxx: expression syntax -----------------------------------------------------------

    /// <summary>A character that starts no token.</summary>
    public static readonly DiagnosticDescriptor UnexpectedCharacter = Error("RS2001", "Unexpected character", "unexpected character '{0}'");

    /// <summary>A string literal without its closing quote.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = Error("RS2002", "Unterminated string", "the string has no closing {0}");

    /// <summary>An escape sequence that is not one of \\ \" \' \n \r \t \0 \uXXXX.</summary>
    public static readonly DiagnosticDescriptor InvalidEscape = Error("RS2003", "Invalid escape", "'{0}' is not a valid escape; expected one of \\\\ \\\" \\' \\n \\r \\t \\0 \\uXXXX");

    /// <summary>A number that cannot be read.</summary>
    public static readonly DiagnosticDescriptor InvalidNumber = Error("RS2004", "Invalid number", "'{0}' is not a valid number");

    /// <summary>A token where another was expected.</summary>
    public static readonly DiagnosticDescriptor UnexpectedToken = Error("RS2005", "Unexpected token", "unexpected {0}, expected {1}");

    /// <summary>The expression is longer than the limit.</summary>
    public static readonly DiagnosticDescriptor ExpressionTooLong = Error("RS2006", "Expression too long", "the expression is {0} characters long; the limit is {1}");

    /// <summary>The expression nests deeper than the limit.</summary>
    public static readonly DiagnosticDescriptor ExpressionTooDeep = Error("RS2007", "Expression too deep", "the expression nests deeper than {0} levels");

    /// <summary>An empty expression where one is required.</summary>
    public static readonly DiagnosticDescriptor EmptyExpression = Error("RS2008", "Empty expression", "the expression is empty");

    /// <summary>Assignment is not part of the language.</summary>
    public static readonly DiagnosticDescriptor AssignmentNotAllowed = Error("RS2009", "Assignment not allowed", "expressions cannot assign; use '==' to compare");

    /// <summary>An iif call without exactly a condition, a value if true and a value if false.</summary>
    public static readonly DiagnosticDescriptor IifArgumentCount = Error("RS2010", "Wrong iif arguments", "iif takes 3 arguments (a condition, a value if true, a value if false), found {0}");

    /// <summary>'new' other than an array literal <c>new [] { ... }</c>: no object, type or sized array can be created.</summary>
    public static readonly DiagnosticDescriptor NewNotAllowed = Error("RS2011", "Only array literals", "'new' can only write a list of values, such as new [] {{ 1, 2 }}; {0}");

    // ---- RS3xxx: binding and types -----------------------------------------------------------

    /// <summary>A member access names no member of the type.</summary>
    public static readonly DiagnosticDescriptor UnknownMember = Error("RS3101", "Unknown member", "'{0}' has no member '{1}'{2}");

    /// <summary>A name that is no input, param, lambda parameter or allowed type.</summary>
    public static readonly DiagnosticDescriptor UnknownName = Error("RS3102", "Unknown name", "'{0}' is not defined{1}");

    /// <summary>A binary operator over types it does not apply to.</summary>
    public static readonly DiagnosticDescriptor BinaryOperatorMismatch = Error("RS3103", "Operator type mismatch", "operator '{0}' cannot be applied to {1} and {2}");

    /// <summary>A unary operator over a type it does not apply to.</summary>
    public static readonly DiagnosticDescriptor UnaryOperatorMismatch = Error("RS3104", "Operator type mismatch", "operator '{0}' cannot be applied to {1}");

    /// <summary>A call to a function or method that is not on the allow-list.</summary>
    public static readonly DiagnosticDescriptor UnknownFunction = Error("RS3105", "Unknown function", "'{0}' is not a function you can call here{1}");

    /// <summary>A call with the wrong number of arguments.</summary>
    public static readonly DiagnosticDescriptor WrongArgumentCount = Error("RS3106", "Wrong argument count", "'{0}' takes {1}, found {2}");

    /// <summary>An argument of the wrong type.</summary>
    public static readonly DiagnosticDescriptor WrongArgumentType = Error("RS3107", "Wrong argument type", "argument {0} of '{1}' must be {2}, found {3}");

    /// <summary>A string compared with an enum that has no such value.</summary>
    public static readonly DiagnosticDescriptor InvalidEnumValue = Error("RS3108", "Invalid enum value", "'{0}' is not a valid {1}; expected one of {2}");

    /// <summary>A condition that is not true/false.</summary>
    public static readonly DiagnosticDescriptor ConditionNotBoolean = Error("RS3109", "Condition not boolean", "{0} must be true or false, found {1}");

    /// <summary>The two branches of a conditional have no common type.</summary>
    public static readonly DiagnosticDescriptor IncompatibleBranches = Error("RS3110", "Incompatible branches", "the branches have no common type: {0} and {1}");

    /// <summary>A type name other than Math or string.</summary>
    public static readonly DiagnosticDescriptor TypeNotAllowed = Error("RS3111", "Type not allowed", "'{0}' is a type, refused by design: expressions name no types but Math and string, so they cannot reach host code");

    /// <summary>A method that exists but is not on the allow-list (GetType, ToString on objects, ...).</summary>
    public static readonly DiagnosticDescriptor MethodNotAllowed = Error("RS3112", "Method not allowed", "'{0}' cannot be called, refused by design: expressions call no host methods{1}");

    /// <summary>Indexing a value that has no indexer.</summary>
    public static readonly DiagnosticDescriptor NotIndexable = Error("RS3113", "Not indexable", "{0} cannot be indexed with {1}");

    /// <summary>A lambda where none can stand, or a lambda of the wrong shape.</summary>
    public static readonly DiagnosticDescriptor InvalidLambda = Error("RS3114", "Invalid lambda", "{0}");

    /// <summary>A rule expression that is not true/false.</summary>
    public static readonly DiagnosticDescriptor RuleNotBoolean = Error("RS3115", "Rule expression not boolean", "a rule's Expression must be true or false, found {0}");

    /// <summary>The safety walk over the emitted tree found something off the allow-list.</summary>
    public static readonly DiagnosticDescriptor UnsafeExpression = Error("RS3116", "Unsafe expression", "the expression reaches {0}, refused by design: expressions reach only what the engine exposes");

    /// <summary>A null literal where a value type is needed.</summary>
    public static readonly DiagnosticDescriptor NullNotAllowed = Error("RS3117", "Null not allowed", "null cannot be used as {0}");

    /// <summary>A 'x in (...)' whose items do not match x.</summary>
    public static readonly DiagnosticDescriptor InItemMismatch = Error("RS3118", "In-list type mismatch", "'in' needs items of {0}, found {1}");

    /// <summary>A constant division by zero.</summary>
    public static readonly DiagnosticDescriptor DivisionByConstantZero = Error("RS3119", "Division by zero", "division by constant zero");

    /// <summary>A value whose type is not the one the place expects.</summary>
    public static readonly DiagnosticDescriptor TypeMismatch = Error("RS3120", "Type mismatch", "{0} must be {1}, found {2}");

    /// <summary>Math or string written where a value is expected.</summary>
    public static readonly DiagnosticDescriptor TypeAsValue = Error("RS3121", "Type used as a value", "'{0}' is a type, not a value; use one of its functions, such as {1}");

    /// <summary>A list method over items it cannot work with (Sum over text, Min over records).</summary>
    public static readonly DiagnosticDescriptor WrongItemType = Error("RS3122", "Wrong item type", "'{0}' needs {1}, found {2}");

    /// <summary>Integer arithmetic whose result does not fit its type; found while evaluating, it fails that rule.</summary>
    public static readonly DiagnosticDescriptor IntegerOverflow = Error("RS3123", "Integer overflow", "{0} overflows a {1}");

    /// <summary>A decimal-point computation that gives infinity or NaN; found while evaluating, it fails that rule.</summary>
    public static readonly DiagnosticDescriptor NotFiniteNumber = Error("RS3124", "Not a finite number", "{0} is not a finite number");

    /// <summary>A division or remainder by a zero computed while evaluating; it fails that rule.</summary>
    public static readonly DiagnosticDescriptor DivisionByZero = Error("RS3125", "Division by zero", "{0} divides by zero");

    /// <summary>A null passed where a method needs text; found while evaluating, it fails that rule.</summary>
    public static readonly DiagnosticDescriptor NullArgument = Error("RS3126", "Null argument", "'{0}' is null, so '{1}' cannot be computed");

    /// <summary>A value joined into text that the engine cannot write as text (a record, a list of records).</summary>
    public static readonly DiagnosticDescriptor NotText = Error("RS3127", "Cannot be joined into text", "'{0}' is {1}; only text, numbers, true/false, dates and enum values can be joined into text");

    /// <summary>A list method or operator that compares items of a type the engine cannot compare (Distinct over records, 'in' a list of records).</summary>
    public static readonly DiagnosticDescriptor NotComparable = Error("RS3128", "Cannot be compared", "'{0}' cannot be applied to {1}; only text, numbers, true/false, dates and enum values can be compared");

    /// <summary>A rule touched more list items or made more lambda calls than the step budget allows; it fails, the rest run.</summary>
    public static readonly DiagnosticDescriptor StepBudgetExceeded = Error("RS3129", "Step budget exceeded", "the expression did more than {0} steps of list work and was stopped");

    /// <summary>A rule built more text and lists than the memory budget allows; it fails before the allocation, the rest run.</summary>
    public static readonly DiagnosticDescriptor MemoryBudgetExceeded = Error("RS3130", "Memory budget exceeded", "the expression would build more than {0} of text and lists and was stopped");

    /// <summary>A value read through was null when the rule ran.</summary>
    public static readonly DiagnosticDescriptor NullValue = Error("RS3132", "Null value", "{0}");

    /// <summary>A list method that needs an item found none (First, Min, Average of an empty list).</summary>
    public static readonly DiagnosticDescriptor EmptyList = Error("RS3133", "Empty list", "{0}");

    /// <summary>An index outside a list or a text.</summary>
    public static readonly DiagnosticDescriptor IndexOutOfRange = Error("RS3134", "Index out of range", "{0}");

    /// <summary>A dictionary read with a key it does not hold.</summary>
    public static readonly DiagnosticDescriptor MissingKey = Error("RS3135", "Missing key", "{0}");

    /// <summary>A rule read a global param whose own expression failed.</summary>
    public static readonly DiagnosticDescriptor GlobalParamFailed = Error("RS3136", "Global param failed", "global param '{0}' could not be computed: {1}");

    /// <summary>Any other failure while a rule ran (a host function that threw, for one).</summary>
    public static readonly DiagnosticDescriptor EvaluationFailed = Error("RS3137", "Evaluation failed", "{0}");

    /// <summary>A param or expression whose text can be proven, at load, to outgrow the memory budget.</summary>
    public static readonly DiagnosticDescriptor TextTooLarge = Error("RS3131", "Text too large", "{0} builds text of up to {1} characters, more than the memory budget of {2} allows");

    /// <summary>A value that can never be null compared with null (Dynamic LINQ accepts it: the answer is always the same).</summary>
    public static readonly DiagnosticDescriptor ComparisonWithNullIsConstant = new("RS3140", "Comparison with null is constant", "'{0}' is {1} and always has a value, so '{2}' is always {3}", DiagnosticSeverity.Warning);

    /// <summary>An array literal <c>new [] { ... }</c> that is empty, mixes types, or holds values that are not plain data.</summary>
    public static readonly DiagnosticDescriptor InvalidArrayLiteral = Error("RS3141", "Invalid array literal", "{0}");

    /// <summary>A conversion written as a function, such as int(x), of a value it cannot convert.</summary>
    public static readonly DiagnosticDescriptor InvalidConversion = Error("RS3142", "Invalid conversion", "'{0}' cannot convert {1}; it converts numbers, enum values and text that is a number");

    /// <summary>np(...) around something that is not a chain of member reads, or with a default of the wrong type.</summary>
    public static readonly DiagnosticDescriptor InvalidNullPropagation = Error("RS3143", "Invalid np", "{0}");

    /// <summary>Text compared with a date and time that is not written YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].</summary>
    public static readonly DiagnosticDescriptor InvalidDateTimeText = Error("RS3144", "Invalid date and time", "'{0}' is not a date and time; write YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS");

    /// <summary>Text converted to a number by int(...), double(...) and the like that is not a number; found while evaluating, it fails that rule.</summary>
    public static readonly DiagnosticDescriptor TextNotANumber = Error("RS3145", "Text is not a number", "{0}");

    // ---- RS4xxx: rule-set structure ----------------------------------------------------------

    /// <summary>Two workflows with one name.</summary>
    public static readonly DiagnosticDescriptor DuplicateWorkflow = Error("RS4001", "Duplicate workflow", "workflow '{0}' is already defined at {1}");

    /// <summary>Two rules with one name in a workflow.</summary>
    public static readonly DiagnosticDescriptor DuplicateRule = Error("RS4002", "Duplicate rule", "rule '{0}' is already defined in workflow '{1}' at {2}");

    /// <summary>Two params with one name in one list.</summary>
    public static readonly DiagnosticDescriptor DuplicateParam = Error("RS4003", "Duplicate param", "param '{0}' is already defined at {1}");

    /// <summary>A param that hides an input or an outer param.</summary>
    public static readonly DiagnosticDescriptor ShadowingParam = Error("RS4004", "Shadowing param", "param '{0}' hides {1} of the same name");

    /// <summary>An EvaluateRule action to a workflow that does not exist.</summary>
    public static readonly DiagnosticDescriptor MissingWorkflow = Error("RS4005", "Missing workflow", "there is no workflow '{0}'{1}");

    /// <summary>An EvaluateRule action to a rule that does not exist.</summary>
    public static readonly DiagnosticDescriptor MissingRule = Error("RS4006", "Missing rule", "workflow '{0}' has no rule '{1}'{2}");

    /// <summary>EvaluateRule actions that call each other in a circle.</summary>
    public static readonly DiagnosticDescriptor EvaluateRuleCycle = Error("RS4007", "EvaluateRule cycle", "EvaluateRule actions form a cycle: {0}");

    /// <summary>More rules than the limit.</summary>
    public static readonly DiagnosticDescriptor TooManyRules = Error("RS4008", "Too many rules", "the rule set has {0} rules; the limit is {1}");

    /// <summary>A RuleExpressionType other than LambdaExpression.</summary>
    public static readonly DiagnosticDescriptor UnsupportedExpressionType = Error("RS4009", "Unsupported expression type", "RuleExpressionType '{0}' is not supported; use 'LambdaExpression'");

    /// <summary>A rule with neither an Expression nor child Rules, or with both.</summary>
    public static readonly DiagnosticDescriptor RuleShape = Error("RS4010", "Rule shape", "rule '{0}' {1}");

    /// <summary>An Operator that is not And, AndAlso, Or or OrElse.</summary>
    public static readonly DiagnosticDescriptor InvalidOperator = Error("RS4011", "Invalid operator", "'{0}' is not an Operator; expected And, AndAlso, Or or OrElse");

    /// <summary>An action name other than OutputExpression or EvaluateRule.</summary>
    public static readonly DiagnosticDescriptor UnknownAction = Error("RS4012", "Unknown action", "'{0}' is not an action; expected OutputExpression or EvaluateRule");

    /// <summary>A rule set with no workflows.</summary>
    public static readonly DiagnosticDescriptor EmptyRuleSet = Error("RS4013", "Empty rule set", "no workflows were found in {0}");

    /// <summary>An action without what it needs in its Context.</summary>
    public static readonly DiagnosticDescriptor ActionContext = Error("RS4014", "Action context", "action '{0}' needs '{1}' in its Context");

    /// <summary>A HitPolicy other than All or First.</summary>
    public static readonly DiagnosticDescriptor InvalidHitPolicy = Error("RS4015", "Invalid hit policy", "'{0}' is not a HitPolicy; expected All or First");

    /// <summary>An input the host declared twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateInput = Error("RS4016", "Duplicate input", "input '{0}' is declared more than once");

    /// <summary>A workflow evaluated with an input missing or of the wrong type.</summary>
    public static readonly DiagnosticDescriptor InputMismatch = Error("RS4017", "Input mismatch", "{0}");

    /// <summary>A rule with an Operator and child Rules that also has an Expression, which RulesEngine ignores too.</summary>
    public static readonly DiagnosticDescriptor IgnoredExpression = new("RS4018", "Expression ignored", "rule '{0}' combines its child Rules with '{1}', so its Expression is not evaluated (as in RulesEngine); remove it or the child Rules", DiagnosticSeverity.Warning);

    /// <summary>WorkflowsToInject naming workflows that, in the end, inject the workflow itself.</summary>
    public static readonly DiagnosticDescriptor InjectionCycle = Error("RS4019", "WorkflowsToInject cycle", "WorkflowsToInject form a cycle: {0}");

    /// <summary>A rule the host chose to load although it was refused (RuleSetOptions.LoadRefusedRules); it fails whenever it is evaluated.</summary>
    public static readonly DiagnosticDescriptor RefusedRuleLoaded = new("RS4020", "Refused rule loaded", "rule '{0}' was refused ({1}); it is loaded because the host asked for refused rules, and fails whenever it is evaluated", DiagnosticSeverity.Warning);

    /// <summary>An input declaration that is not NAME=FILE, or whose name no expression could read (a tool's <c>--input</c>).</summary>
    public static readonly DiagnosticDescriptor InvalidInputDeclaration = Error("RS4021", "Invalid input declaration", "'{0}' does not declare an input: {1}");

    /// <summary>A sample or JSON Schema an input cannot be declared from: not an object, too deep, a reference outside it.</summary>
    public static readonly DiagnosticDescriptor UnusableInputShape = Error("RS4022", "Input shape not usable", "input '{0}' cannot be declared from {1}: {2}");

    /// <summary>A name read as an input of a workflow whose inputs nobody declared (validate on a file that is not a coaching rule set).</summary>
    public static readonly DiagnosticDescriptor UndeclaredInput = Error("RS4023", "Undeclared input", "'{0}' is not defined, and the inputs of workflow '{1}' are not declared{2}");

    // ---- RS4101-RS4199: what lint finds in a rule set planned for a population --------------

    /// <summary>A rule of a first-rule-decides workflow that fires only where an earlier rule fires too, so it never decides.</summary>
    public static readonly DiagnosticDescriptor RuleShadowed = Warning("RS4101", "Rule never decides", "rule '{0}' never decides: whenever it fires, {1} fires first, for all {2}; it fires for {3}, such as {4}");

    /// <summary>A rule that fires for no athlete of the population.</summary>
    public static readonly DiagnosticDescriptor RuleNeverFires = Warning("RS4102", "Rule never fires", "rule '{0}' fires for none of {1} ({2})");

    /// <summary>
    /// Two rules of a first-rule-decides workflow that test a common fact, fire together and decide differently, neither
    /// a special case of the other, so only their order decides: a message, as the order is how such a workflow decides.
    /// </summary>
    public static readonly DiagnosticDescriptor RulesOverlap = new("RS4103", "Order decides", "rule '{0}' loses to the earlier '{1}' (line {2}) only by their order: both fire for {3}, such as {4}; both test {5}, they decide differently, and each also fires without the other", DiagnosticSeverity.Info);

    /// <summary>A workflow that must decide, and for some athletes has no rule that fires.</summary>
    public static readonly DiagnosticDescriptor WorkflowGap = Warning("RS4104", "Workflow decides nothing", "{0} decides nothing for {1}, such as {2}: no rule fires, and no last rule fires always (\"Expression\": \"true\")");

    /// <summary>A variant's file that replaces a workflow and decides the same as the one it replaces.</summary>
    public static readonly DiagnosticDescriptor OverrideUnchanged = Warning("RS4105", "Override changes nothing", "{0} replaces the workflow of {1} but decides the same as it for all {2} ({3}); the variant can leave it out");

    /// <summary>Plans that a workflow deciding nothing stopped: lint reports that gap and holds back what it would judge over the plans it did not see.</summary>
    public static readonly DiagnosticDescriptor LintIncomplete = Warning("RS4107", "Plans stopped", "{0} of the {1} could not be planned to the end, as a workflow decided nothing for them (RS4104); lint reports only that until it is fixed, since the rest would be judged without those plans");

    /// <summary>An athlete of lint's population that the rule set could not plan, so lint saw only part of its plan.</summary>
    public static readonly DiagnosticDescriptor AthleteNotPlanned = Warning("RS4106", "Athlete not planned", "{0} could not be planned, so lint saw only part of the plan: {1}");

    // ---- Dynamic inputs (ExpandoObject, dictionaries, JSON documents, JObject) ----------------------------------

    /// <summary>A value of a declared shape without a member the rule reads (at evaluation).</summary>
    public static readonly DiagnosticDescriptor MissingMember = Error("RS3150", "Missing member", "'{0}' has no member '{1}'");

    /// <summary>A member of a declared shape whose value is not of the declared kind (at evaluation).</summary>
    public static readonly DiagnosticDescriptor WrongMemberValue = Error("RS3151", "Wrong member value", "'{0}' is {1}, expected {2}");

    /// <summary>A workflow evaluated without one of its inputs: every rule fails with this.</summary>
    public static readonly DiagnosticDescriptor MissingInput = Error("RS3152", "Missing input", "input '{0}' was not given; workflow '{1}' reads {2}");

    /// <summary>A member whose declaration gives no type to check it against (null in a sample, no type in a schema).</summary>
    public static readonly DiagnosticDescriptor UnknownMemberType = Error("RS3153", "Member of unknown type", "the type of '{0}' is unknown: {1}");

    // ---- RS9xxx: I/O -------------------------------------------------------------------------

    /// <summary>A file or folder that does not exist.</summary>
    public static readonly DiagnosticDescriptor FileNotFound = Error("RS9001", "Not found", "'{0}' does not exist");

    /// <summary>A file that cannot be read.</summary>
    public static readonly DiagnosticDescriptor CannotRead = Error("RS9002", "Cannot read", "'{0}' cannot be read: {1}");

    /// <summary>An output that cannot be written.</summary>
    public static readonly DiagnosticDescriptor CannotWrite = Error("RS9003", "Cannot write", "'{0}' cannot be written: {1}");

    /// <summary>A folder where a file is expected, or the other way round.</summary>
    public static readonly DiagnosticDescriptor WrongPathKind = Error("RS9004", "Wrong kind of path", "'{0}' is {1}; expected {2}");

    /// <summary>A device, FIFO or socket (or a link to one) where a file is read or an output replaced: only regular files are.</summary>
    public static readonly DiagnosticDescriptor NotRegularFile = Error("RS9005", "Not a regular file", "'{0}' is {1}; expected a regular file");

    /// <summary>An input file over the size cap.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = Error("RS9006", "File too large", "'{0}' is larger than the limit of {1} bytes");

    /// <summary>The process's current folder was deleted or moved away while a shell stayed in it.</summary>
    public static readonly DiagnosticDescriptor WorkingFolderGone = Error("RS9007", "Current folder gone", "the current folder no longer exists ({0}); change to a folder that exists and run the command again");

    /// <summary>A path given to write that leads out of the folder it must stay in (<c>..</c>, an absolute path, a link).</summary>
    public static readonly DiagnosticDescriptor OutsideFolder = Error("RS9008", "Outside the folder", "'{0}' is not a file of {1}; expected {2}");

    /// <summary>A request or input larger than the host accepts.</summary>
    public static readonly DiagnosticDescriptor InputTooLarge = Error("RS9009", "Input too large", "{0} is larger than the limit of {1} bytes");

    /// <summary>A save into the rule set that came with the tool, which an update of the tool would replace.</summary>
    public static readonly DiagnosticDescriptor ShippedRulesReadOnly = Error("RS9010", "Shipped rules are read-only", "the rules in {0} came with the tool and are not changed in place; copy them with 'runner-strength init DIR' and run 'runner-strength serve --rules DIR'");

    private static DiagnosticDescriptor Error(string code, string title, string format) =>
        new(code, title, format, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string code, string title, string format) =>
        new(code, title, format, DiagnosticSeverity.Warning);
}
