namespace System.IOLookalike;

/// <summary>A type whose namespace only starts with the letters of a blocked one ("System.IO").</summary>
public sealed record Thing(int Value);
