namespace MicrosoftLookalike;

/// <summary>
/// A type whose namespace only starts with the letters of a blocked one ("Microsoft"): the member policy blocks
/// namespaces, not prefixes of words.
/// </summary>
public sealed record Thing(int Value);
