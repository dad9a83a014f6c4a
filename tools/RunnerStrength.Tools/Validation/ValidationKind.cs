namespace RunnerStrength.Tools.Validation;

/// <summary>What a path given to <c>validate</c> holds, which decides the checks it gets.</summary>
internal enum ValidationKind
{
    /// <summary>A rule-set folder: manifest, rule files, catalog and decisions, compiled together.</summary>
    RuleSet,

    /// <summary>A rule file outside any rule set: its JSON, schema and expressions on their own.</summary>
    RuleFile,

    /// <summary>An exercise catalog.</summary>
    Catalog,

    /// <summary>A scenario test.</summary>
    Scenario,

    /// <summary>An athlete profile.</summary>
    Athlete,
}
