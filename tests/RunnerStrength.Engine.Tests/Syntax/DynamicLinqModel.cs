using System.Text.Json.Serialization;

namespace RunnerStrength.Engine.Tests.Syntax;

// A typed input both engines read the same way, for comparing the syntax we take from Dynamic LINQ with Dynamic LINQ.
public enum Tier
{
    [JsonStringEnumMemberName("bronze")] Bronze,
    [JsonStringEnumMemberName("silver")] Silver,
    [JsonStringEnumMemberName("gold")] Gold,
}

public sealed record Address
{
    public string City { get; init; } = string.Empty;
    public int? Zip { get; init; }
}

public sealed record Customer
{
    public string Name { get; init; } = string.Empty;
    public Address? Address { get; init; }
    public int? Age { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
}

public sealed record Order
{
    public string Status { get; init; } = "easy";
    public int Quantity { get; init; } = 5;
    public double Price { get; init; } = 2.7;
    public decimal Total { get; init; } = 12.5m;
    public long Points { get; init; } = 7;
    public Tier Tier { get; init; } = Tier.Silver;
    public Tier? Goal { get; init; }
    public DateTime Placed { get; init; } = new(2024, 3, 1, 10, 30, 0);
    public DateTime? Shipped { get; init; }
    public DateOnly Due { get; init; } = new(2024, 3, 10);
    public Customer? Customer { get; init; }
    public IReadOnlyList<int> Codes { get; init; } = [1, 5, 9];
    public string? Note { get; init; }
    public string Code { get; init; } = "42";

    /// <summary>Every member has a value.</summary>
    public static Order Full => new()
    {
        Goal = Tier.Gold,
        Shipped = new DateTime(2024, 3, 2, 8, 0, 0),
        Customer = new Customer { Name = "Ana", Address = new Address { City = "Madrid", Zip = 28001 }, Age = 34, Tags = ["runner", "vip"] },
        Note = "fragile",
    };

    /// <summary>Whatever may be missing is: no customer, no goal, not shipped, no note.</summary>
    public static Order Sparse => new();

    /// <summary>A customer without an address or an age.</summary>
    public static Order Partial => new() { Customer = new Customer { Name = "Bo" }, Code = "abc" };
}
