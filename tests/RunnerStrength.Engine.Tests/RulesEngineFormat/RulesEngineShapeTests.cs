using RulesEngine.Models;

namespace RunnerStrength.Engine.Tests.RulesEngineFormat;

/// <summary>
/// Workflow files in the shapes RulesEngine's users and RulesEngine's own serialisation write them (ErrorType,
/// RuleExpressionType by name or number, nulls for what is unset, WorkflowsToInject), loaded by this engine and by
/// Microsoft RulesEngine 6.0.1 and evaluated with the same inputs.
/// </summary>
public sealed class RulesEngineShapeTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Written as RulesEngine's test workflows are: ErrorType, RuleExpressionType, camelCase names, nulls.</summary>
    private const string HandWritten = """
        [
          {
            "WorkflowName": "Discount",
            "WorkflowsToInject": null,
            "RuleExpressionType": 0,
            "GlobalParams": null,
            "Rules": [
              {
                "RuleName": "GiveDiscount10",
                "SuccessEvent": "10",
                "ErrorMessage": "One or more adjust rules failed.",
                "ErrorType": "Error",
                "RuleExpressionType": "LambdaExpression",
                "Expression": "input1.country == \"india\" && input1.loyaltyFactor <= 2 && input1.totalPurchasesToDate >= 5000",
                "Rules": null,
                "Properties": null,
                "Operator": null,
                "Actions": null,
                "LocalParams": null,
                "WorkflowsToInject": null
              },
              {
                "ruleName": "GiveDiscount20",
                "successEvent": "20",
                "errorType": 1,
                "ruleExpressionType": 0,
                "localParams": [ { "name": "big", "expression": "input1.TotalPurchasesToDate >= 10000" } ],
                "expression": "input1.Country == \"india\" && input1.LoyaltyFactor >= 3 && big",
                "rules": [],
                "actions": { "onSuccess": { "name": "OutputExpression", "context": { "expression": "input1.TotalOrders * 2" } }, "onFailure": null }
              },
              {
                "RuleName": "Loyal",
                "ErrorType": "warning",
                "ErrorMessage": null,
                "SuccessEvent": null,
                "Operator": "Or",
                "Rules": [
                  { "RuleName": "Often", "Expression": "input1.TotalOrders > 5", "Rules": null },
                  { "RuleName": "Long", "Expression": "input1.LoyaltyFactor > 0", "Enabled": true }
                ]
              }
            ]
          }
        ]
        """;

    [Theory]
    [MemberData(nameof(Customer.Names), MemberType = typeof(Customer))]
    public void A_hand_written_RulesEngine_file_loads_without_diagnostics_and_agrees_with_RulesEngine(string customer)
    {
        var both = SideBySide.Load(HandWritten);

        both.Ours.Diagnostics.ShouldBeEmpty();
        both.ShouldAgree("Discount", Customer.Named(customer));
    }

    [Fact]
    public void The_hand_written_file_decides_as_written()
    {
        var results = SideBySide.Load(HandWritten).OursFor("Discount", Customer.IndiaBig).Results;

        results.Select(r => (r.RuleName, r.IsSuccess, r.SuccessEvent)).ShouldBe([("GiveDiscount10", false, null), ("GiveDiscount20", true, "20"), ("Loyal", true, null)]);
        results[1].ActionResult!.Output.ShouldBe(18);
    }

    [Theory]
    [MemberData(nameof(Customer.Names), MemberType = typeof(Customer))]
    public void Workflows_serialized_by_Newtonsoft_from_RulesEngine_model_objects_load_and_agree(string customer)
    {
        var (both, json) = SideBySide.FromModel(ModelWorkflows());

        // Newtonsoft writes every unset property as null and the enum as its number: the shapes this test is about.
        json.ShouldContain("\"Operator\": null");
        json.ShouldContain("\"RuleExpressionType\": 0");
        json.ShouldContain("\"WorkflowsToInject\": null");
        both.Ours.Diagnostics.ShouldBeEmpty();
        // RulesEngine evaluates every child of AndAlso by default; here AndAlso stops at the first failure: compare outcomes only.
        both.ShouldAgree("Model", Customer.Named(customer), compareChildren: false);
        both.ShouldAgree("Injected", Customer.Named(customer), compareChildren: false);
    }

    [Theory]
    [MemberData(nameof(Customer.Names), MemberType = typeof(Customer))]
    public void Workflows_serialized_by_System_Text_Json_as_RulesEngine_reads_them_load_and_agree(string customer)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(ModelWorkflows(), Indented);
        var both = SideBySide.Load(json, rulesEngineReadsWithSystemTextJson: true);

        json.ShouldContain("\"RuleExpressionType\": \"LambdaExpression\"");
        both.Ours.Diagnostics.ShouldBeEmpty();
        both.ShouldAgree("Model", Customer.Named(customer), compareChildren: false);
    }

    [Theory]
    [MemberData(nameof(Customer.Names), MemberType = typeof(Customer))]
    public void WorkflowsToInject_appends_the_injected_workflows_rules_as_RulesEngine_does(string customer)
    {
        var (both, _) = SideBySide.FromModel(ModelWorkflows());

        both.OursFor("Injected", Customer.Named(customer)).Results.Select(r => r.RuleName).ShouldBe(["OwnRule", "Big", "Loyal", "Unused"]);
        both.ShouldAgree("Injected", Customer.Named(customer), compareChildren: false);
    }

    [Fact]
    public void The_same_child_RuleName_under_two_parents_loads_and_agrees()
    {
        const string Json = """
            { "WorkflowName": "w", "Rules": [
              { "RuleName": "a", "Operator": "And", "Rules": [ { "RuleName": "check", "Expression": "input1.TotalOrders > 1" }, { "RuleName": "india", "Expression": "input1.Country == \"india\"" } ] },
              { "RuleName": "b", "Operator": "Or", "Rules": [ { "RuleName": "check", "Expression": "input1.TotalOrders > 5" }, { "RuleName": "check", "Expression": "input1.LoyaltyFactor > 3" } ] }
            ] }
            """;
        var both = SideBySide.Load(Json);

        both.Ours.Diagnostics.ShouldBeEmpty();
        foreach (var customer in Customer.All)
        {
            both.ShouldAgree("w", customer);
        }
    }

    [Fact]
    public void An_Operator_rule_with_an_Expression_ignores_the_Expression_as_RulesEngine_does_and_warns_RS4018()
    {
        const string Json = """
            { "WorkflowName": "w", "Rules": [
              { "RuleName": "both", "Operator": "And", "Expression": "input1.NoSuchMember == 1",
                "Rules": [ { "RuleName": "c", "Expression": "input1.TotalOrders > 1" } ] }
            ] }
            """;
        var both = SideBySide.Load(Json);

        both.Ours.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)).ShouldBe([("RS4018", 2, 58)]);
        both.Ours.Diagnostics[0].Message.ShouldBe("rule 'both' combines its child Rules with 'And', so its Expression is not evaluated (as in RulesEngine); remove it or the child Rules");
        both.Ours.Diagnostics[0].IsError.ShouldBeFalse();
        both.ShouldAgree("w", Customer.IndiaBig);
        both.ShouldAgree("w", Customer.Elsewhere);
    }

    /// <summary>RulesEngine's own model objects, as a host builds them in code before saving them.</summary>
    private static Workflow[] ModelWorkflows() =>
    [
        new Workflow
        {
            WorkflowName = "Model",
            GlobalParams = [new ScopedParam { Name = "spend", Expression = "input1.TotalPurchasesToDate" }],
            Rules =
            [
                new Rule { RuleName = "Big", SuccessEvent = "big", Expression = "spend >= 10000", ErrorMessage = "small spender" },
                new Rule
                {
                    RuleName = "Loyal",
                    Operator = "AndAlso",
                    Rules =
                    [
                        new Rule { RuleName = "India", Expression = "input1.Country == \"india\"" },
                        new Rule { RuleName = "Returning", LocalParams = [new ScopedParam { Name = "orders", Expression = "input1.TotalOrders" }], Expression = "orders >= 3" },
                    ],
                    Actions = new RuleActions
                    {
                        OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["Expression"] = "input1.LoyaltyFactor + 1" } },
                    },
                },
                new Rule { RuleName = "Unused", Expression = "input1.TotalOrders < 0", Properties = new Dictionary<string, object> { ["weight"] = 3 } },
            ],
        },
        new Workflow
        {
            WorkflowName = "Injected",
            WorkflowsToInject = ["Model"],
            GlobalParams = [new ScopedParam { Name = "spend", Expression = "input1.TotalPurchasesToDate * 2" }],
            Rules = [new Rule { RuleName = "OwnRule", Expression = "spend > 1000" }],
        },
    ];
}
