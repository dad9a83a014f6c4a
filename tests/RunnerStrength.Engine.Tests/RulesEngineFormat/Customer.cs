namespace RunnerStrength.Engine.Tests.RulesEngineFormat;

/// <summary>The input of the RulesEngine-format tests, as a RulesEngine user would pass it (input1).</summary>
public sealed record Customer(string Country, int LoyaltyFactor, int TotalPurchasesToDate, int TotalOrders)
{
    public static Customer IndiaLoyal { get; } = new("india", 1, 6000, 3);

    public static Customer IndiaBig { get; } = new("india", 4, 12000, 9);

    public static Customer Elsewhere { get; } = new("france", 0, 100, 0);

    public static TheoryData<string> Names => ["IndiaLoyal", "IndiaBig", "Elsewhere"];

    public static IReadOnlyList<Customer> All => [IndiaLoyal, IndiaBig, Elsewhere];

    public static Customer Named(string name) => name switch
    {
        "IndiaLoyal" => IndiaLoyal,
        "IndiaBig" => IndiaBig,
        _ => Elsewhere,
    };
}
