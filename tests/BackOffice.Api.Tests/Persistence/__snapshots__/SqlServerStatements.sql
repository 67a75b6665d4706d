-- Every statement the API sends SQL Server, captured by SqlServerStatementTests (937 distinct commands from 707 requests).
-- Regenerate: UPDATE_SCHEMA=1 dotnet test tests/BackOffice.Api.Tests --filter SqlServerStatementTests

-- orders where orderId eq
DECLARE @hash varchar(64);
SELECT TOP(1) [a].[Id], [a].[MerchantId], [a].[Role], [a].[PersistedOnly]
FROM [ApiKeys] AS [a]
WHERE [a].[KeyHash] = @hash
GO

-- orders where orderId eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] = @Value AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where orderId eq
DECLARE @merchantId varchar(64);
SELECT TOP(1) [m].[LastEventSequence]
FROM [Merchants] AS [m]
WHERE [m].[MerchantId] = @merchantId
GO

-- orders where orderId eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] = @Value AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- orders where orderId neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OrderId] <> @Value OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 <> @Value)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where orderId neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OrderId] <> @Value OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 <> @Value)
GO

-- orders where orderId contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where orderId contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- orders where orderId ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where orderId ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\'
GO

-- orders where orderId in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(27), @Value2 varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] IN (@Value1, @Value2) AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where orderId in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(27), @Value2 varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] IN (@Value1, @Value2) AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- orders where orderId nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(27), @Value2 varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OrderId] NOT IN (@Value1, @Value2) OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2))
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where orderId nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(27), @Value2 varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OrderId] NOT IN (@Value1, @Value2) OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2))
GO

-- orders where orderId startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] LIKE @Value_startswith ESCAPE '\' AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where orderId startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] LIKE @Value_startswith ESCAPE '\' AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- orders where orderId nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OrderId] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\')
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where orderId nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OrderId] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\')
GO

-- orders where orderId endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where orderId endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- orders where orderId nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where orderId nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\'
GO

-- orders where amount eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] = @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where amount eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] = @Value
GO

-- orders where amount neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] <> @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where amount neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] <> @Value
GO

-- orders where amount in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where amount in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] IN (@Value1, @Value2)
GO

-- orders where amount nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] NOT IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where amount nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] NOT IN (@Value1, @Value2)
GO

-- orders where amount gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] > @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where amount gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] > @Value
GO

-- orders where amount ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] <= @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where amount ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] <= @Value
GO

-- orders where amount gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] >= @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where amount gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] >= @Value
GO

-- orders where amount ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] < @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where amount ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] < @Value
GO

-- orders where currency eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Currency] = @Value AND [o].[Currency] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where currency eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Currency] = @Value AND [o].[Currency] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- orders where currency neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[Currency] <> @Value OR [o].[Currency] COLLATE Latin1_General_100_BIN2 <> @Value)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where currency neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[Currency] <> @Value OR [o].[Currency] COLLATE Latin1_General_100_BIN2 <> @Value)
GO

-- orders where currency contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(8000);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Currency] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where currency contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(8000);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Currency] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- orders where currency ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(8000);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Currency] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where currency ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(8000);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Currency] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\'
GO

-- orders where currency in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(3), @Value2 varchar(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Currency] IN (@Value1, @Value2) AND [o].[Currency] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where currency in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(3), @Value2 varchar(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Currency] IN (@Value1, @Value2) AND [o].[Currency] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- orders where currency nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(3), @Value2 varchar(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[Currency] NOT IN (@Value1, @Value2) OR [o].[Currency] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2))
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where currency nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(3), @Value2 varchar(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[Currency] NOT IN (@Value1, @Value2) OR [o].[Currency] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2))
GO

-- orders where currency startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith char(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Currency] LIKE @Value_startswith ESCAPE '\' AND [o].[Currency] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where currency startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith char(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Currency] LIKE @Value_startswith ESCAPE '\' AND [o].[Currency] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- orders where currency nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith char(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[Currency] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[Currency] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\')
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where currency nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith char(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[Currency] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[Currency] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\')
GO

-- orders where currency endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith char(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Currency] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where currency endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith char(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Currency] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- orders where currency nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith char(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Currency] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where currency nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith char(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Currency] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\'
GO

-- orders where customerId eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] = @Value AND [o].[CustomerId] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customerId eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] = @Value AND [o].[CustomerId] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- orders where customerId neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomerId] <> @Value OR [o].[CustomerId] IS NULL OR [o].[CustomerId] COLLATE Latin1_General_100_BIN2 <> @Value OR [o].[CustomerId] IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customerId neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomerId] <> @Value OR [o].[CustomerId] IS NULL OR [o].[CustomerId] COLLATE Latin1_General_100_BIN2 <> @Value OR [o].[CustomerId] IS NULL)
GO

-- orders where customerId contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customerId contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- orders where customerId ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomerId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [o].[CustomerId] IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customerId ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomerId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [o].[CustomerId] IS NULL)
GO

-- orders where customerId in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(27), @Value2 varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] IN (@Value1, @Value2) AND [o].[CustomerId] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customerId in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(27), @Value2 varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] IN (@Value1, @Value2) AND [o].[CustomerId] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- orders where customerId nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(27), @Value2 varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomerId] NOT IN (@Value1, @Value2) OR [o].[CustomerId] IS NULL OR [o].[CustomerId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [o].[CustomerId] COLLATE Latin1_General_100_BIN2 IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customerId nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(27), @Value2 varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomerId] NOT IN (@Value1, @Value2) OR [o].[CustomerId] IS NULL OR [o].[CustomerId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [o].[CustomerId] COLLATE Latin1_General_100_BIN2 IS NULL)
GO

-- orders where customerId startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] LIKE @Value_startswith ESCAPE '\' AND [o].[CustomerId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customerId startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] LIKE @Value_startswith ESCAPE '\' AND [o].[CustomerId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- orders where customerId nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomerId] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[CustomerId] IS NULL OR [o].[CustomerId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [o].[CustomerId] IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customerId nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomerId] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[CustomerId] IS NULL OR [o].[CustomerId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [o].[CustomerId] IS NULL)
GO

-- orders where customerId endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customerId endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- orders where customerId nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(27);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomerId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [o].[CustomerId] IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customerId nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(27);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomerId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [o].[CustomerId] IS NULL)
GO

-- orders where description eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) = @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where description eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) = @Value
GO

-- orders where description neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) <> @Value OR [o].[Description] IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where description neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) <> @Value OR [o].[Description] IS NULL)
GO

-- orders where description contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) LIKE @Value_contains ESCAPE N'\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where description contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) LIKE @Value_contains ESCAPE N'\'
GO

-- orders where description ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) NOT LIKE @Value_contains ESCAPE N'\' OR [o].[Description] IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where description ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) NOT LIKE @Value_contains ESCAPE N'\' OR [o].[Description] IS NULL)
GO

-- orders where description in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(255), @Value2 nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where description in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(255), @Value2 nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) IN (@Value1, @Value2)
GO

-- orders where description nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(255), @Value2 nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) NOT IN (@Value1, @Value2) OR UPPER([o].[Description]) IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where description nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(255), @Value2 nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) NOT IN (@Value1, @Value2) OR UPPER([o].[Description]) IS NULL)
GO

-- orders where description startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) LIKE @Value_startswith ESCAPE N'\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where description startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) LIKE @Value_startswith ESCAPE N'\'
GO

-- orders where description nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) NOT LIKE @Value_startswith ESCAPE N'\' OR [o].[Description] IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where description nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) NOT LIKE @Value_startswith ESCAPE N'\' OR [o].[Description] IS NULL)
GO

-- orders where description endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) LIKE @Value_endswith ESCAPE N'\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where description endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) LIKE @Value_endswith ESCAPE N'\'
GO

-- orders where description nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) NOT LIKE @Value_endswith ESCAPE N'\' OR [o].[Description] IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where description nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) NOT LIKE @Value_endswith ESCAPE N'\' OR [o].[Description] IS NULL)
GO

-- orders where channel eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] = @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where channel eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] = @Value
GO

-- orders where channel neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] <> @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where channel neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] <> @Value
GO

-- orders where channel in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where channel in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] IN (@Value1, @Value2)
GO

-- orders where channel nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] NOT IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where channel nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] NOT IN (@Value1, @Value2)
GO

-- orders where createdAt eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] = @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where createdAt eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] = @Value
GO

-- orders where createdAt neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] <> @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where createdAt neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] <> @Value
GO

-- orders where createdAt in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where createdAt in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] IN (@Value1, @Value2)
GO

-- orders where createdAt nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] NOT IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where createdAt nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] NOT IN (@Value1, @Value2)
GO

-- orders where createdAt gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] > @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where createdAt gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] > @Value
GO

-- orders where createdAt ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] <= @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where createdAt ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] <= @Value
GO

-- orders where createdAt gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] >= @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where createdAt gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] >= @Value
GO

-- orders where createdAt ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] < @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where createdAt ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] < @Value
GO

-- orders where authorizedAmount eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] = @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where authorizedAmount eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] = @Value
GO

-- orders where authorizedAmount neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] <> @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where authorizedAmount neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] <> @Value
GO

-- orders where authorizedAmount in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where authorizedAmount in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] IN (@Value1, @Value2)
GO

-- orders where authorizedAmount nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] NOT IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where authorizedAmount nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] NOT IN (@Value1, @Value2)
GO

-- orders where authorizedAmount gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] > @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where authorizedAmount gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] > @Value
GO

-- orders where authorizedAmount ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] <= @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where authorizedAmount ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] <= @Value
GO

-- orders where authorizedAmount gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] >= @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where authorizedAmount gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] >= @Value
GO

-- orders where authorizedAmount ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] < @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where authorizedAmount ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] < @Value
GO

-- orders where capturedAmount eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] = @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where capturedAmount eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] = @Value
GO

-- orders where capturedAmount neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] <> @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where capturedAmount neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] <> @Value
GO

-- orders where capturedAmount in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where capturedAmount in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] IN (@Value1, @Value2)
GO

-- orders where capturedAmount nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] NOT IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where capturedAmount nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] NOT IN (@Value1, @Value2)
GO

-- orders where capturedAmount gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] > @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where capturedAmount gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] > @Value
GO

-- orders where capturedAmount ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] <= @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where capturedAmount ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] <= @Value
GO

-- orders where capturedAmount gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] >= @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where capturedAmount gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] >= @Value
GO

-- orders where capturedAmount ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] < @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where capturedAmount ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] < @Value
GO

-- orders where refundedAmount eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] = @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where refundedAmount eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] = @Value
GO

-- orders where refundedAmount neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] <> @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where refundedAmount neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] <> @Value
GO

-- orders where refundedAmount in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where refundedAmount in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] IN (@Value1, @Value2)
GO

-- orders where refundedAmount nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] NOT IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where refundedAmount nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] NOT IN (@Value1, @Value2)
GO

-- orders where refundedAmount gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] > @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where refundedAmount gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] > @Value
GO

-- orders where refundedAmount ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] <= @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where refundedAmount ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] <= @Value
GO

-- orders where refundedAmount gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] >= @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where refundedAmount gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] >= @Value
GO

-- orders where refundedAmount ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] < @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where refundedAmount ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] < @Value
GO

-- orders where status eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Id] IN (
    SELECT TOP(11) [o0].[Id]
    FROM [Orders] AS [o0]
    WHERE [o0].[MerchantId] = @ef_filter__CurrentMerchantId AND [o0].[Status] = @Value
    ORDER BY [o0].[CreatedAt] DESC, [o0].[Id] DESC
)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where status eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Status] = @Value
GO

-- orders where status neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Status] <> @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where status neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Status] <> @Value
GO

-- orders where status in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Id] IN (
    SELECT TOP(11) [u].[Id]
    FROM (
        SELECT [o2].[Id], [o2].[CreatedAt]
        FROM (
            SELECT TOP(11) [o0].[Id], [o0].[CreatedAt]
            FROM [Orders] AS [o0]
            WHERE [o0].[MerchantId] = @ef_filter__CurrentMerchantId AND [o0].[Status] = @Value
            ORDER BY [o0].[CreatedAt] DESC, [o0].[Id] DESC
        ) AS [o2]
        UNION ALL
        SELECT [o3].[Id], [o3].[CreatedAt]
        FROM (
            SELECT TOP(11) [o1].[Id], [o1].[CreatedAt]
            FROM [Orders] AS [o1]
            WHERE [o1].[MerchantId] = @ef_filter__CurrentMerchantId AND [o1].[Status] = @Value2
            ORDER BY [o1].[CreatedAt] DESC, [o1].[Id] DESC
        ) AS [o3]
    ) AS [u]
    ORDER BY [u].[CreatedAt] DESC, [u].[Id] DESC
)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where status in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Status] IN (@Value1, @Value2)
GO

-- orders where status nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Status] NOT IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where status nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Status] NOT IN (@Value1, @Value2)
GO

-- orders where lastOperationType eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationType] = @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where lastOperationType eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationType] = @Value
GO

-- orders where lastOperationType neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[LastOperationType] <> @Value OR [o].[LastOperationType] IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where lastOperationType neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[LastOperationType] <> @Value OR [o].[LastOperationType] IS NULL)
GO

-- orders where lastOperationType in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationType] IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where lastOperationType in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationType] IN (@Value1, @Value2)
GO

-- orders where lastOperationType nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[LastOperationType] NOT IN (@Value1, @Value2) OR [o].[LastOperationType] IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where lastOperationType nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[LastOperationType] NOT IN (@Value1, @Value2) OR [o].[LastOperationType] IS NULL)
GO

-- orders where lastOperationTime eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] = @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where lastOperationTime eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] = @Value
GO

-- orders where lastOperationTime neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[LastOperationTime] <> @Value OR [o].[LastOperationTime] IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where lastOperationTime neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[LastOperationTime] <> @Value OR [o].[LastOperationTime] IS NULL)
GO

-- orders where lastOperationTime in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where lastOperationTime in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] IN (@Value1, @Value2)
GO

-- orders where lastOperationTime nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[LastOperationTime] NOT IN (@Value1, @Value2) OR [o].[LastOperationTime] IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where lastOperationTime nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[LastOperationTime] NOT IN (@Value1, @Value2) OR [o].[LastOperationTime] IS NULL)
GO

-- orders where lastOperationTime gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] > @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where lastOperationTime gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] > @Value
GO

-- orders where lastOperationTime ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND CASE
    WHEN [o].[LastOperationTime] > @Value THEN CAST(0 AS bit)
    ELSE CAST(1 AS bit)
END = CAST(1 AS bit)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where lastOperationTime ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND CASE
    WHEN [o].[LastOperationTime] > @Value THEN CAST(0 AS bit)
    ELSE CAST(1 AS bit)
END = CAST(1 AS bit)
GO

-- orders where lastOperationTime gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] >= @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where lastOperationTime gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] >= @Value
GO

-- orders where lastOperationTime ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND CASE
    WHEN [o].[LastOperationTime] >= @Value THEN CAST(0 AS bit)
    ELSE CAST(1 AS bit)
END = CAST(1 AS bit)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where lastOperationTime ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND CASE
    WHEN [o].[LastOperationTime] >= @Value THEN CAST(0 AS bit)
    ELSE CAST(1 AS bit)
END = CAST(1 AS bit)
GO

-- orders where lastOperationTime lt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] < @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where lastOperationTime lt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] < @Value
GO

-- orders where lastOperationTime nlt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND CASE
    WHEN [o].[LastOperationTime] < @Value THEN CAST(0 AS bit)
    ELSE CAST(1 AS bit)
END = CAST(1 AS bit)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where lastOperationTime nlt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND CASE
    WHEN [o].[LastOperationTime] < @Value THEN CAST(0 AS bit)
    ELSE CAST(1 AS bit)
END = CAST(1 AS bit)
GO

-- orders where lastOperationTime lte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] <= @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where lastOperationTime lte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] <= @Value
GO

-- orders where lastOperationTime nlte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND CASE
    WHEN [o].[LastOperationTime] <= @Value THEN CAST(0 AS bit)
    ELSE CAST(1 AS bit)
END = CAST(1 AS bit)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where lastOperationTime nlte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND CASE
    WHEN [o].[LastOperationTime] <= @Value THEN CAST(0 AS bit)
    ELSE CAST(1 AS bit)
END = CAST(1 AS bit)
GO

-- orders where customField eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomField] = @Value AND [o].[CustomField] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customField eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomField] = @Value AND [o].[CustomField] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- orders where customField neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomField] <> @Value OR [o].[CustomField] IS NULL OR [o].[CustomField] COLLATE Latin1_General_100_BIN2 <> @Value OR [o].[CustomField] IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customField neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomField] <> @Value OR [o].[CustomField] IS NULL OR [o].[CustomField] COLLATE Latin1_General_100_BIN2 <> @Value OR [o].[CustomField] IS NULL)
GO

-- orders where customField contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomField] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE N'\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customField contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomField] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE N'\'
GO

-- orders where customField ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomField] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE N'\' OR [o].[CustomField] IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customField ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomField] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE N'\' OR [o].[CustomField] IS NULL)
GO

-- orders where customField in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(255), @Value2 nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomField] IN (@Value1, @Value2) AND [o].[CustomField] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customField in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(255), @Value2 nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomField] IN (@Value1, @Value2) AND [o].[CustomField] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- orders where customField nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(255), @Value2 nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomField] NOT IN (@Value1, @Value2) OR [o].[CustomField] IS NULL OR [o].[CustomField] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [o].[CustomField] COLLATE Latin1_General_100_BIN2 IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customField nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(255), @Value2 nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomField] NOT IN (@Value1, @Value2) OR [o].[CustomField] IS NULL OR [o].[CustomField] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [o].[CustomField] COLLATE Latin1_General_100_BIN2 IS NULL)
GO

-- orders where customField startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomField] LIKE @Value_startswith ESCAPE N'\' AND [o].[CustomField] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE N'\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customField startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomField] LIKE @Value_startswith ESCAPE N'\' AND [o].[CustomField] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE N'\'
GO

-- orders where customField nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomField] NOT LIKE @Value_startswith ESCAPE N'\' OR [o].[CustomField] IS NULL OR [o].[CustomField] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE N'\' OR [o].[CustomField] IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customField nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomField] NOT LIKE @Value_startswith ESCAPE N'\' OR [o].[CustomField] IS NULL OR [o].[CustomField] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE N'\' OR [o].[CustomField] IS NULL)
GO

-- orders where customField endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomField] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE N'\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customField endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomField] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE N'\'
GO

-- orders where customField nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomField] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE N'\' OR [o].[CustomField] IS NULL)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where customField nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[CustomField] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE N'\' OR [o].[CustomField] IS NULL)
GO

-- orders by orderId ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[OrderId]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OrderId], [o].[Id]
GO

-- orders by orderId ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[OrderId]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] >= @Value AND ([o].[OrderId] > @Value OR ([o].[OrderId] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[OrderId], [o].[Id]
GO

-- orders by orderId ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[OrderId]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] <= @Value AND ([o].[OrderId] < @Value OR ([o].[OrderId] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[OrderId] DESC, [o].[Id] DESC
GO

-- orders by orderId ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[OrderId]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OrderId] DESC, [o].[Id] DESC
GO

-- orders by amount ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Amount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[Amount], [o].[Id]
GO

-- orders by amount ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint, @Value3 bigint;
SELECT TOP(3) [o].[Amount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] >= @Value AND ([o].[Amount] > @Value OR ([o].[Amount] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[Amount], [o].[Id]
GO

-- orders by amount ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint, @Value3 bigint;
SELECT TOP(3) [o].[Amount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Amount] <= @Value AND ([o].[Amount] < @Value OR ([o].[Amount] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[Amount] DESC, [o].[Id] DESC
GO

-- orders by amount ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Amount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[Amount] DESC, [o].[Id] DESC
GO

-- orders by currency ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Currency], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[Currency], [o].[Id]
GO

-- orders by currency ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value char(3), @Value3 bigint;
SELECT TOP(3) [o].[Currency], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Currency] >= @Value AND ([o].[Currency] > @Value OR ([o].[Currency] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[Currency], [o].[Id]
GO

-- orders by currency ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value char(3), @Value3 bigint;
SELECT TOP(3) [o].[Currency], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Currency] <= @Value AND ([o].[Currency] < @Value OR ([o].[Currency] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[Currency] DESC, [o].[Id] DESC
GO

-- orders by currency ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Currency], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[Currency] DESC, [o].[Id] DESC
GO

-- orders by customerId ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[CustomerId], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[CustomerId], [o].[Id]
GO

-- orders by customerId ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(3) [o].[CustomerId], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] IS NULL AND ([o].[CustomerId] IS NOT NULL OR ([o].[CustomerId] IS NULL AND [o].[Id] > @Value))
ORDER BY [o].[CustomerId], [o].[Id]
GO

-- orders by customerId ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[CustomerId], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] IS NOT NULL
ORDER BY [o].[CustomerId], [o].[Id]
GO

-- orders by customerId ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27), @Value3 bigint;
SELECT TOP(3) [o].[CustomerId], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] <= @Value AND ([o].[CustomerId] < @Value OR [o].[CustomerId] IS NULL OR ([o].[CustomerId] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[CustomerId] DESC, [o].[Id] DESC
GO

-- orders by customerId ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[CustomerId], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] IS NULL
ORDER BY [o].[CustomerId] DESC, [o].[Id] DESC
GO

-- orders by customerId ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[CustomerId], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[CustomerId] DESC, [o].[Id] DESC
GO

-- orders by customerId DESC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(3) [o].[CustomerId], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] IS NULL AND [o].[Id] < @Value
ORDER BY [o].[CustomerId] DESC, [o].[Id] DESC
GO

-- orders by customerId DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27), @Value3 bigint;
SELECT TOP(3) [o].[CustomerId], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] >= @Value AND ([o].[CustomerId] > @Value OR ([o].[CustomerId] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[CustomerId], [o].[Id]
GO

-- orders by description ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Description], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[Description], [o].[Id]
GO

-- orders by description ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(3) [o].[Description], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Description] IS NULL AND ([o].[Description] IS NOT NULL OR ([o].[Description] IS NULL AND [o].[Id] > @Value))
ORDER BY [o].[Description], [o].[Id]
GO

-- orders by description ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Description], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Description] IS NOT NULL
ORDER BY [o].[Description], [o].[Id]
GO

-- orders by description ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255), @Value3 bigint;
SELECT TOP(3) [o].[Description], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Description] <= @Value AND ([o].[Description] < @Value OR [o].[Description] IS NULL OR ([o].[Description] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[Description] DESC, [o].[Id] DESC
GO

-- orders by description ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Description], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Description] IS NULL
ORDER BY [o].[Description] DESC, [o].[Id] DESC
GO

-- orders by description ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Description], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[Description] DESC, [o].[Id] DESC
GO

-- orders by description DESC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(3) [o].[Description], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Description] IS NULL AND [o].[Id] < @Value
ORDER BY [o].[Description] DESC, [o].[Id] DESC
GO

-- orders by description DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255), @Value3 bigint;
SELECT TOP(3) [o].[Description], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Description] >= @Value AND ([o].[Description] > @Value OR ([o].[Description] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[Description], [o].[Id]
GO

-- orders by channel ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Channel], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[Channel], [o].[Id]
GO

-- orders by channel ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value1 bigint;
SELECT TOP(3) [o].[Channel], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] = @Value AND [o].[Id] > @Value1
ORDER BY [o].[Channel], [o].[Id]
GO

-- orders by channel ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value1 bigint;
SELECT TOP(3) [o].[Channel], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] = @Value AND [o].[Id] < @Value1
ORDER BY [o].[Channel] DESC, [o].[Id] DESC
GO

-- orders by channel ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Channel], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] = N'Backoffice'
ORDER BY [o].[Channel] DESC, [o].[Id] DESC
GO

-- orders by channel ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Channel], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[Channel] DESC, [o].[Id] DESC
GO

-- orders by channel DESC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Channel], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] IN (N'Ecommerce', N'Backoffice')
ORDER BY [o].[Channel] DESC, [o].[Id] DESC
GO

-- orders by channel DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Channel], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] = N'Pos'
ORDER BY [o].[Channel], [o].[Id]
GO

-- orders by createdAt ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[CreatedAt], [o].[Id]
GO

-- orders by createdAt ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3), @Value3 bigint;
SELECT TOP(3) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] >= @Value AND ([o].[CreatedAt] > @Value OR ([o].[CreatedAt] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[CreatedAt], [o].[Id]
GO

-- orders by createdAt ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3), @Value3 bigint;
SELECT TOP(3) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] <= @Value AND ([o].[CreatedAt] < @Value OR ([o].[CreatedAt] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders by createdAt ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders by authorizedAmount ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[AuthorizedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[AuthorizedAmount], [o].[Id]
GO

-- orders by authorizedAmount ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint, @Value3 bigint;
SELECT TOP(3) [o].[AuthorizedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] >= @Value AND ([o].[AuthorizedAmount] > @Value OR ([o].[AuthorizedAmount] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[AuthorizedAmount], [o].[Id]
GO

-- orders by authorizedAmount ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint, @Value3 bigint;
SELECT TOP(3) [o].[AuthorizedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[AuthorizedAmount] <= @Value AND ([o].[AuthorizedAmount] < @Value OR ([o].[AuthorizedAmount] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[AuthorizedAmount] DESC, [o].[Id] DESC
GO

-- orders by authorizedAmount ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[AuthorizedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[AuthorizedAmount] DESC, [o].[Id] DESC
GO

-- orders by capturedAmount ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[CapturedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[CapturedAmount], [o].[Id]
GO

-- orders by capturedAmount ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint, @Value1 bigint;
SELECT TOP(3) [o].[CapturedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] = @Value AND [o].[Id] > @Value1
ORDER BY [o].[CapturedAmount], [o].[Id]
GO

-- orders by capturedAmount ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(1) [o].[CapturedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] > @Value
ORDER BY [o].[CapturedAmount], [o].[Id]
GO

-- orders by capturedAmount ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint, @Value1 bigint;
SELECT TOP(3) [o].[CapturedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] = @Value AND [o].[Id] < @Value1
ORDER BY [o].[CapturedAmount] DESC, [o].[Id] DESC
GO

-- orders by capturedAmount ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(1) [o].[CapturedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CapturedAmount] < @Value
ORDER BY [o].[CapturedAmount] DESC, [o].[Id] DESC
GO

-- orders by capturedAmount ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[CapturedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[CapturedAmount] DESC, [o].[Id] DESC
GO

-- orders by refundedAmount ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[RefundedAmount]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[RefundedAmount], [o].[Id]
GO

-- orders by refundedAmount ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint, @Value1 bigint;
SELECT TOP(3) [o].[Id], [o].[RefundedAmount]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] = @Value AND [o].[Id] > @Value1
ORDER BY [o].[RefundedAmount], [o].[Id]
GO

-- orders by refundedAmount ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(1) [o].[Id], [o].[RefundedAmount]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] > @Value
ORDER BY [o].[RefundedAmount], [o].[Id]
GO

-- orders by refundedAmount ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint, @Value1 bigint;
SELECT TOP(3) [o].[Id], [o].[RefundedAmount]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] = @Value AND [o].[Id] < @Value1
ORDER BY [o].[RefundedAmount] DESC, [o].[Id] DESC
GO

-- orders by refundedAmount ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(1) [o].[Id], [o].[RefundedAmount]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[RefundedAmount] < @Value
ORDER BY [o].[RefundedAmount] DESC, [o].[Id] DESC
GO

-- orders by refundedAmount ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[RefundedAmount]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[RefundedAmount] DESC, [o].[Id] DESC
GO

-- orders by status ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[Status]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[Status], [o].[Id]
GO

-- orders by status ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value1 bigint;
SELECT TOP(3) [o].[Id], [o].[Status]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Status] = @Value AND [o].[Id] > @Value1
ORDER BY [o].[Status], [o].[Id]
GO

-- orders by status ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[Status]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Status] IN (N'Refunded', N'Voided')
ORDER BY [o].[Status], [o].[Id]
GO

-- orders by status ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value1 bigint;
SELECT TOP(3) [o].[Id], [o].[Status]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Status] = @Value AND [o].[Id] < @Value1
ORDER BY [o].[Status] DESC, [o].[Id] DESC
GO

-- orders by status ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[Status]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Status] IN (N'Authorized', N'Captured', N'Declined')
ORDER BY [o].[Status] DESC, [o].[Id] DESC
GO

-- orders by status ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[Status]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[Status] DESC, [o].[Id] DESC
GO

-- orders by status DESC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[Status]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Status] IN (N'Authorized', N'PartiallyCaptured', N'Captured', N'PartiallyRefunded', N'Declined')
ORDER BY [o].[Status] DESC, [o].[Id] DESC
GO

-- orders by status DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[Status]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Status] IN (N'Pending', N'PartiallyRefunded', N'Refunded', N'Voided')
ORDER BY [o].[Status], [o].[Id]
GO

-- orders by lastOperationType ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[LastOperationType]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[LastOperationType], [o].[Id]
GO

-- orders by lastOperationType ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(3) [o].[Id], [o].[LastOperationType]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationType] IS NULL AND ([o].[LastOperationType] IS NOT NULL OR ([o].[LastOperationType] IS NULL AND [o].[Id] > @Value))
ORDER BY [o].[LastOperationType], [o].[Id]
GO

-- orders by lastOperationType ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[LastOperationType]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationType] IS NOT NULL
ORDER BY [o].[LastOperationType], [o].[Id]
GO

-- orders by lastOperationType ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value1 bigint;
SELECT TOP(3) [o].[Id], [o].[LastOperationType]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationType] = @Value AND [o].[Id] < @Value1
ORDER BY [o].[LastOperationType] DESC, [o].[Id] DESC
GO

-- orders by lastOperationType ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[LastOperationType]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[LastOperationType] IN (N'Authorization', N'Cancel') OR [o].[LastOperationType] IS NULL)
ORDER BY [o].[LastOperationType] DESC, [o].[Id] DESC
GO

-- orders by lastOperationType ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[LastOperationType]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[LastOperationType] DESC, [o].[Id] DESC
GO

-- orders by lastOperationType DESC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(3) [o].[Id], [o].[LastOperationType]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationType] IS NULL AND [o].[Id] < @Value
ORDER BY [o].[LastOperationType] DESC, [o].[Id] DESC
GO

-- orders by lastOperationType DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value1 bigint;
SELECT TOP(3) [o].[Id], [o].[LastOperationType]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationType] = @Value AND [o].[Id] > @Value1
ORDER BY [o].[LastOperationType], [o].[Id]
GO

-- orders by lastOperationType DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[LastOperationType]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationType] IN (N'Void', N'Refund')
ORDER BY [o].[LastOperationType], [o].[Id]
GO

-- orders by lastOperationTime ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[LastOperationTime]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[LastOperationTime], [o].[Id]
GO

-- orders by lastOperationTime ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(3) [o].[Id], [o].[LastOperationTime]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] IS NULL AND ([o].[LastOperationTime] IS NOT NULL OR ([o].[LastOperationTime] IS NULL AND [o].[Id] > @Value))
ORDER BY [o].[LastOperationTime], [o].[Id]
GO

-- orders by lastOperationTime ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[LastOperationTime]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] IS NOT NULL
ORDER BY [o].[LastOperationTime], [o].[Id]
GO

-- orders by lastOperationTime ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[LastOperationTime]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] <= @Value AND ([o].[LastOperationTime] < @Value OR [o].[LastOperationTime] IS NULL OR ([o].[LastOperationTime] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[LastOperationTime] DESC, [o].[Id] DESC
GO

-- orders by lastOperationTime ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[LastOperationTime]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] IS NULL
ORDER BY [o].[LastOperationTime] DESC, [o].[Id] DESC
GO

-- orders by lastOperationTime ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[LastOperationTime]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[LastOperationTime] DESC, [o].[Id] DESC
GO

-- orders by lastOperationTime DESC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(3) [o].[Id], [o].[LastOperationTime]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] IS NULL AND [o].[Id] < @Value
ORDER BY [o].[LastOperationTime] DESC, [o].[Id] DESC
GO

-- orders by lastOperationTime DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[LastOperationTime]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] >= @Value AND ([o].[LastOperationTime] > @Value OR ([o].[LastOperationTime] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[LastOperationTime], [o].[Id]
GO

-- orders by customField ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[CustomField], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[CustomField], [o].[Id]
GO

-- orders by customField ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(3) [o].[CustomField], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomField] IS NULL AND ([o].[CustomField] IS NOT NULL OR ([o].[CustomField] IS NULL AND [o].[Id] > @Value))
ORDER BY [o].[CustomField], [o].[Id]
GO

-- orders by customField ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[CustomField], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomField] IS NOT NULL
ORDER BY [o].[CustomField], [o].[Id]
GO

-- orders by customField ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255), @Value3 bigint;
SELECT TOP(3) [o].[CustomField], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomField] <= @Value AND ([o].[CustomField] < @Value OR [o].[CustomField] IS NULL OR ([o].[CustomField] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[CustomField] DESC, [o].[Id] DESC
GO

-- orders by customField ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[CustomField], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomField] IS NULL
ORDER BY [o].[CustomField] DESC, [o].[Id] DESC
GO

-- orders by customField ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[CustomField], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[CustomField] DESC, [o].[Id] DESC
GO

-- orders by customField DESC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(3) [o].[CustomField], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomField] IS NULL AND [o].[Id] < @Value
ORDER BY [o].[CustomField] DESC, [o].[Id] DESC
GO

-- orders by customField DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255), @Value3 bigint;
SELECT TOP(3) [o].[CustomField], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomField] >= @Value AND ([o].[CustomField] > @Value OR ([o].[CustomField] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[CustomField], [o].[Id]
GO

-- orders default order, first page with totalCount
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders default order, first page with totalCount
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
GO

-- orders sorted on two fields
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(11) [o].[Amount], [o].[Id], [o].[OrderId]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[Amount], [o].[OrderId] DESC, [o].[Id] DESC
GO

-- operations where operationId eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] = @Value AND [o].[OperationId] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationId eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] = @Value AND [o].[OperationId] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- operations where operationId neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OperationId] <> @Value OR [o].[OperationId] COLLATE Latin1_General_100_BIN2 <> @Value)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationId neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OperationId] <> @Value OR [o].[OperationId] COLLATE Latin1_General_100_BIN2 <> @Value)
GO

-- operations where operationId contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationId contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- operations where operationId ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationId ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\'
GO

-- operations where operationId in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(32), @Value2 varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] IN (@Value1, @Value2) AND [o].[OperationId] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationId in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(32), @Value2 varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] IN (@Value1, @Value2) AND [o].[OperationId] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- operations where operationId nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(32), @Value2 varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OperationId] NOT IN (@Value1, @Value2) OR [o].[OperationId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2))
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationId nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(32), @Value2 varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OperationId] NOT IN (@Value1, @Value2) OR [o].[OperationId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2))
GO

-- operations where operationId startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] LIKE @Value_startswith ESCAPE '\' AND [o].[OperationId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationId startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] LIKE @Value_startswith ESCAPE '\' AND [o].[OperationId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- operations where operationId nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OperationId] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[OperationId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\')
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationId nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OperationId] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[OperationId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\')
GO

-- operations where operationId endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationId endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- operations where operationId nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationId nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\'
GO

-- operations where orderId eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] = @Value AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where orderId eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] = @Value AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- operations where orderId neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OrderId] <> @Value OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 <> @Value)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where orderId neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OrderId] <> @Value OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 <> @Value)
GO

-- operations where orderId contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(27);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where orderId contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(27);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- operations where orderId ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(27);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where orderId ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(27);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\'
GO

-- operations where orderId in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(27), @Value2 varchar(27);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] IN (@Value1, @Value2) AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where orderId in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(27), @Value2 varchar(27);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] IN (@Value1, @Value2) AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- operations where orderId nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(27), @Value2 varchar(27);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OrderId] NOT IN (@Value1, @Value2) OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2))
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where orderId nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(27), @Value2 varchar(27);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OrderId] NOT IN (@Value1, @Value2) OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2))
GO

-- operations where orderId startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(27);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] LIKE @Value_startswith ESCAPE '\' AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where orderId startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(27);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] LIKE @Value_startswith ESCAPE '\' AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- operations where orderId nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(27);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OrderId] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\')
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where orderId nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(27);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OrderId] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\')
GO

-- operations where orderId endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(27);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where orderId endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(27);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- operations where orderId nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(27);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where orderId nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(27);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\'
GO

-- operations where operationType eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationType] = @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationType eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationType] = @Value
GO

-- operations where operationType neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationType] <> @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationType neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationType] <> @Value
GO

-- operations where operationType in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationType] IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationType in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationType] IN (@Value1, @Value2)
GO

-- operations where operationType nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationType] NOT IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationType nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationType] NOT IN (@Value1, @Value2)
GO

-- operations where operationResult eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationResult] = @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationResult eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationResult] = @Value
GO

-- operations where operationResult neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationResult] <> @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationResult neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationResult] <> @Value
GO

-- operations where operationResult in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationResult] IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationResult in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationResult] IN (@Value1, @Value2)
GO

-- operations where operationResult nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationResult] NOT IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationResult nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationResult] NOT IN (@Value1, @Value2)
GO

-- operations where operationAmount eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] = @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationAmount eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] = @Value
GO

-- operations where operationAmount neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] <> @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationAmount neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] <> @Value
GO

-- operations where operationAmount in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationAmount in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] IN (@Value1, @Value2)
GO

-- operations where operationAmount nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] NOT IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationAmount nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 bigint, @Value2 bigint;
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] NOT IN (@Value1, @Value2)
GO

-- operations where operationAmount gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] > @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationAmount gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] > @Value
GO

-- operations where operationAmount ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] <= @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationAmount ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] <= @Value
GO

-- operations where operationAmount gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] >= @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationAmount gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] >= @Value
GO

-- operations where operationAmount ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] < @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationAmount ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] < @Value
GO

-- operations where operationCurrency eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(3);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationCurrency] = @Value AND [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationCurrency eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(3);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationCurrency] = @Value AND [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- operations where operationCurrency neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(3);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OperationCurrency] <> @Value OR [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 <> @Value)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationCurrency neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(3);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OperationCurrency] <> @Value OR [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 <> @Value)
GO

-- operations where operationCurrency contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(8000);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationCurrency contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(8000);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- operations where operationCurrency ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(8000);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationCurrency ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(8000);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\'
GO

-- operations where operationCurrency in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(3), @Value2 varchar(3);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationCurrency] IN (@Value1, @Value2) AND [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationCurrency in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(3), @Value2 varchar(3);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationCurrency] IN (@Value1, @Value2) AND [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- operations where operationCurrency nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(3), @Value2 varchar(3);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OperationCurrency] NOT IN (@Value1, @Value2) OR [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2))
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationCurrency nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(3), @Value2 varchar(3);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OperationCurrency] NOT IN (@Value1, @Value2) OR [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2))
GO

-- operations where operationCurrency startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith char(3);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationCurrency] LIKE @Value_startswith ESCAPE '\' AND [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationCurrency startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith char(3);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationCurrency] LIKE @Value_startswith ESCAPE '\' AND [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- operations where operationCurrency nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith char(3);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OperationCurrency] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\')
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationCurrency nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith char(3);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OperationCurrency] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\')
GO

-- operations where operationCurrency endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith char(3);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationCurrency endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith char(3);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- operations where operationCurrency nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith char(3);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationCurrency nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith char(3);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationCurrency] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\'
GO

-- operations where operationTime eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] = @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationTime eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] = @Value
GO

-- operations where operationTime neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] <> @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationTime neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] <> @Value
GO

-- operations where operationTime in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationTime in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] IN (@Value1, @Value2)
GO

-- operations where operationTime nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] NOT IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationTime nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] NOT IN (@Value1, @Value2)
GO

-- operations where operationTime gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] > @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationTime gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] > @Value
GO

-- operations where operationTime ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] <= @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationTime ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] <= @Value
GO

-- operations where operationTime gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] >= @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationTime gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] >= @Value
GO

-- operations where operationTime ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] < @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where operationTime ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] < @Value
GO

-- operations where channel eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] = @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where channel eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] = @Value
GO

-- operations where channel neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] <> @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where channel neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] <> @Value
GO

-- operations where channel in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where channel in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] IN (@Value1, @Value2)
GO

-- operations where channel nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] NOT IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where channel nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] NOT IN (@Value1, @Value2)
GO

-- operations where paymentMethod eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentMethod] = @Value AND [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentMethod eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentMethod] = @Value AND [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- operations where paymentMethod neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentMethod] <> @Value OR [o].[PaymentMethod] IS NULL OR [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 <> @Value OR [o].[PaymentMethod] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentMethod neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentMethod] <> @Value OR [o].[PaymentMethod] IS NULL OR [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 <> @Value OR [o].[PaymentMethod] IS NULL)
GO

-- operations where paymentMethod contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentMethod contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- operations where paymentMethod ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [o].[PaymentMethod] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentMethod ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [o].[PaymentMethod] IS NULL)
GO

-- operations where paymentMethod in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(24), @Value2 varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentMethod] IN (@Value1, @Value2) AND [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentMethod in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(24), @Value2 varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentMethod] IN (@Value1, @Value2) AND [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- operations where paymentMethod nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(24), @Value2 varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentMethod] NOT IN (@Value1, @Value2) OR [o].[PaymentMethod] IS NULL OR [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentMethod nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(24), @Value2 varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentMethod] NOT IN (@Value1, @Value2) OR [o].[PaymentMethod] IS NULL OR [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 IS NULL)
GO

-- operations where paymentMethod startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentMethod] LIKE @Value_startswith ESCAPE '\' AND [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentMethod startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentMethod] LIKE @Value_startswith ESCAPE '\' AND [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- operations where paymentMethod nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentMethod] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[PaymentMethod] IS NULL OR [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [o].[PaymentMethod] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentMethod nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentMethod] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[PaymentMethod] IS NULL OR [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [o].[PaymentMethod] IS NULL)
GO

-- operations where paymentMethod endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentMethod endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- operations where paymentMethod nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [o].[PaymentMethod] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentMethod nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentMethod] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [o].[PaymentMethod] IS NULL)
GO

-- operations where paymentCircuit eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentCircuit] = @Value AND [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentCircuit eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentCircuit] = @Value AND [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- operations where paymentCircuit neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentCircuit] <> @Value OR [o].[PaymentCircuit] IS NULL OR [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 <> @Value OR [o].[PaymentCircuit] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentCircuit neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentCircuit] <> @Value OR [o].[PaymentCircuit] IS NULL OR [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 <> @Value OR [o].[PaymentCircuit] IS NULL)
GO

-- operations where paymentCircuit contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentCircuit contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- operations where paymentCircuit ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [o].[PaymentCircuit] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentCircuit ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [o].[PaymentCircuit] IS NULL)
GO

-- operations where paymentCircuit in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(24), @Value2 varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentCircuit] IN (@Value1, @Value2) AND [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentCircuit in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(24), @Value2 varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentCircuit] IN (@Value1, @Value2) AND [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- operations where paymentCircuit nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(24), @Value2 varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentCircuit] NOT IN (@Value1, @Value2) OR [o].[PaymentCircuit] IS NULL OR [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentCircuit nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(24), @Value2 varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentCircuit] NOT IN (@Value1, @Value2) OR [o].[PaymentCircuit] IS NULL OR [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 IS NULL)
GO

-- operations where paymentCircuit startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentCircuit] LIKE @Value_startswith ESCAPE '\' AND [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentCircuit startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentCircuit] LIKE @Value_startswith ESCAPE '\' AND [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- operations where paymentCircuit nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentCircuit] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[PaymentCircuit] IS NULL OR [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [o].[PaymentCircuit] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentCircuit nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentCircuit] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[PaymentCircuit] IS NULL OR [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [o].[PaymentCircuit] IS NULL)
GO

-- operations where paymentCircuit endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentCircuit endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- operations where paymentCircuit nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(24);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [o].[PaymentCircuit] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentCircuit nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(24);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [o].[PaymentCircuit] IS NULL)
GO

-- operations where paymentInstrumentInfo eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentInstrumentInfo] = @Value AND [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentInstrumentInfo eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentInstrumentInfo] = @Value AND [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- operations where paymentInstrumentInfo neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentInstrumentInfo] <> @Value OR [o].[PaymentInstrumentInfo] IS NULL OR [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 <> @Value OR [o].[PaymentInstrumentInfo] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentInstrumentInfo neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentInstrumentInfo] <> @Value OR [o].[PaymentInstrumentInfo] IS NULL OR [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 <> @Value OR [o].[PaymentInstrumentInfo] IS NULL)
GO

-- operations where paymentInstrumentInfo contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentInstrumentInfo contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- operations where paymentInstrumentInfo ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [o].[PaymentInstrumentInfo] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentInstrumentInfo ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [o].[PaymentInstrumentInfo] IS NULL)
GO

-- operations where paymentInstrumentInfo in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(32), @Value2 varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentInstrumentInfo] IN (@Value1, @Value2) AND [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentInstrumentInfo in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(32), @Value2 varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentInstrumentInfo] IN (@Value1, @Value2) AND [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- operations where paymentInstrumentInfo nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(32), @Value2 varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentInstrumentInfo] NOT IN (@Value1, @Value2) OR [o].[PaymentInstrumentInfo] IS NULL OR [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentInstrumentInfo nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(32), @Value2 varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentInstrumentInfo] NOT IN (@Value1, @Value2) OR [o].[PaymentInstrumentInfo] IS NULL OR [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 IS NULL)
GO

-- operations where paymentInstrumentInfo startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentInstrumentInfo] LIKE @Value_startswith ESCAPE '\' AND [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentInstrumentInfo startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentInstrumentInfo] LIKE @Value_startswith ESCAPE '\' AND [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- operations where paymentInstrumentInfo nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentInstrumentInfo] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[PaymentInstrumentInfo] IS NULL OR [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [o].[PaymentInstrumentInfo] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentInstrumentInfo nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentInstrumentInfo] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[PaymentInstrumentInfo] IS NULL OR [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [o].[PaymentInstrumentInfo] IS NULL)
GO

-- operations where paymentInstrumentInfo endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentInstrumentInfo endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- operations where paymentInstrumentInfo nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [o].[PaymentInstrumentInfo] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where paymentInstrumentInfo nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [o].[PaymentInstrumentInfo] IS NULL)
GO

-- operations where parentOperationId eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ParentOperationId] = @Value AND [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where parentOperationId eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ParentOperationId] = @Value AND [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- operations where parentOperationId neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ParentOperationId] <> @Value OR [o].[ParentOperationId] IS NULL OR [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 <> @Value OR [o].[ParentOperationId] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where parentOperationId neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ParentOperationId] <> @Value OR [o].[ParentOperationId] IS NULL OR [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 <> @Value OR [o].[ParentOperationId] IS NULL)
GO

-- operations where parentOperationId contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where parentOperationId contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- operations where parentOperationId ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [o].[ParentOperationId] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where parentOperationId ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [o].[ParentOperationId] IS NULL)
GO

-- operations where parentOperationId in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(32), @Value2 varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ParentOperationId] IN (@Value1, @Value2) AND [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where parentOperationId in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(32), @Value2 varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ParentOperationId] IN (@Value1, @Value2) AND [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- operations where parentOperationId nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(32), @Value2 varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ParentOperationId] NOT IN (@Value1, @Value2) OR [o].[ParentOperationId] IS NULL OR [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where parentOperationId nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(32), @Value2 varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ParentOperationId] NOT IN (@Value1, @Value2) OR [o].[ParentOperationId] IS NULL OR [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 IS NULL)
GO

-- operations where parentOperationId startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ParentOperationId] LIKE @Value_startswith ESCAPE '\' AND [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where parentOperationId startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ParentOperationId] LIKE @Value_startswith ESCAPE '\' AND [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- operations where parentOperationId nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ParentOperationId] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[ParentOperationId] IS NULL OR [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [o].[ParentOperationId] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where parentOperationId nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ParentOperationId] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[ParentOperationId] IS NULL OR [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [o].[ParentOperationId] IS NULL)
GO

-- operations where parentOperationId endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where parentOperationId endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- operations where parentOperationId nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [o].[ParentOperationId] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where parentOperationId nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ParentOperationId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [o].[ParentOperationId] IS NULL)
GO

-- operations where description eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) = @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where description eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) = @Value
GO

-- operations where description neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) <> @Value OR [o].[Description] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where description neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) <> @Value OR [o].[Description] IS NULL)
GO

-- operations where description contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains nvarchar(255);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) LIKE @Value_contains ESCAPE N'\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where description contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains nvarchar(255);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) LIKE @Value_contains ESCAPE N'\'
GO

-- operations where description ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains nvarchar(255);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) NOT LIKE @Value_contains ESCAPE N'\' OR [o].[Description] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where description ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains nvarchar(255);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) NOT LIKE @Value_contains ESCAPE N'\' OR [o].[Description] IS NULL)
GO

-- operations where description in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(255), @Value2 nvarchar(255);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where description in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(255), @Value2 nvarchar(255);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) IN (@Value1, @Value2)
GO

-- operations where description nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(255), @Value2 nvarchar(255);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) NOT IN (@Value1, @Value2) OR UPPER([o].[Description]) IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where description nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(255), @Value2 nvarchar(255);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) NOT IN (@Value1, @Value2) OR UPPER([o].[Description]) IS NULL)
GO

-- operations where description startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith nvarchar(255);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) LIKE @Value_startswith ESCAPE N'\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where description startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith nvarchar(255);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) LIKE @Value_startswith ESCAPE N'\'
GO

-- operations where description nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith nvarchar(255);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) NOT LIKE @Value_startswith ESCAPE N'\' OR [o].[Description] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where description nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith nvarchar(255);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) NOT LIKE @Value_startswith ESCAPE N'\' OR [o].[Description] IS NULL)
GO

-- operations where description endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith nvarchar(255);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) LIKE @Value_endswith ESCAPE N'\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where description endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith nvarchar(255);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND UPPER([o].[Description]) LIKE @Value_endswith ESCAPE N'\'
GO

-- operations where description nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith nvarchar(255);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) NOT LIKE @Value_endswith ESCAPE N'\' OR [o].[Description] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where description nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith nvarchar(255);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (UPPER([o].[Description]) NOT LIKE @Value_endswith ESCAPE N'\' OR [o].[Description] IS NULL)
GO

-- operations where contractId eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ContractId] = @Value AND [o].[ContractId] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where contractId eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ContractId] = @Value AND [o].[ContractId] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- operations where contractId neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ContractId] <> @Value OR [o].[ContractId] IS NULL OR [o].[ContractId] COLLATE Latin1_General_100_BIN2 <> @Value OR [o].[ContractId] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where contractId neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ContractId] <> @Value OR [o].[ContractId] IS NULL OR [o].[ContractId] COLLATE Latin1_General_100_BIN2 <> @Value OR [o].[ContractId] IS NULL)
GO

-- operations where contractId contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ContractId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where contractId contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ContractId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- operations where contractId ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ContractId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [o].[ContractId] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where contractId ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ContractId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [o].[ContractId] IS NULL)
GO

-- operations where contractId in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(32), @Value2 varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ContractId] IN (@Value1, @Value2) AND [o].[ContractId] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where contractId in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(32), @Value2 varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ContractId] IN (@Value1, @Value2) AND [o].[ContractId] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- operations where contractId nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(32), @Value2 varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ContractId] NOT IN (@Value1, @Value2) OR [o].[ContractId] IS NULL OR [o].[ContractId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [o].[ContractId] COLLATE Latin1_General_100_BIN2 IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where contractId nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(32), @Value2 varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ContractId] NOT IN (@Value1, @Value2) OR [o].[ContractId] IS NULL OR [o].[ContractId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [o].[ContractId] COLLATE Latin1_General_100_BIN2 IS NULL)
GO

-- operations where contractId startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ContractId] LIKE @Value_startswith ESCAPE '\' AND [o].[ContractId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where contractId startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ContractId] LIKE @Value_startswith ESCAPE '\' AND [o].[ContractId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- operations where contractId nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ContractId] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[ContractId] IS NULL OR [o].[ContractId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [o].[ContractId] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where contractId nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ContractId] NOT LIKE @Value_startswith ESCAPE '\' OR [o].[ContractId] IS NULL OR [o].[ContractId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [o].[ContractId] IS NULL)
GO

-- operations where contractId endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ContractId] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where contractId endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ContractId] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- operations where contractId nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(32);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ContractId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [o].[ContractId] IS NULL)
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations where contractId nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_endswith varchar(32);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[ContractId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [o].[ContractId] IS NULL)
GO

-- operations by operationId ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[OperationId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OperationId], [o].[Id]
GO

-- operations by operationId ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[OperationId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] >= @Value AND ([o].[OperationId] > @Value OR ([o].[OperationId] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[OperationId], [o].[Id]
GO

-- operations by operationId ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[OperationId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] <= @Value AND ([o].[OperationId] < @Value OR ([o].[OperationId] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[OperationId] DESC, [o].[Id] DESC
GO

-- operations by operationId ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[OperationId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OperationId] DESC, [o].[Id] DESC
GO

-- operations by orderId ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[OrderId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OrderId], [o].[Id]
GO

-- operations by orderId ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[OrderId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] >= @Value AND ([o].[OrderId] > @Value OR ([o].[OrderId] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[OrderId], [o].[Id]
GO

-- operations by orderId ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(27), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[OrderId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] <= @Value AND ([o].[OrderId] < @Value OR ([o].[OrderId] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[OrderId] DESC, [o].[Id] DESC
GO

-- operations by orderId ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[OrderId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OrderId] DESC, [o].[Id] DESC
GO

-- operations by operationType ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[OperationType]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OperationType], [o].[Id]
GO

-- operations by operationType ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value1 bigint;
SELECT TOP(3) [o].[Id], [o].[OperationType]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationType] = @Value AND [o].[Id] > @Value1
ORDER BY [o].[OperationType], [o].[Id]
GO

-- operations by operationType ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[OperationType]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationType] IN (N'Void', N'Refund')
ORDER BY [o].[OperationType], [o].[Id]
GO

-- operations by operationType ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value1 bigint;
SELECT TOP(3) [o].[Id], [o].[OperationType]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationType] = @Value AND [o].[Id] < @Value1
ORDER BY [o].[OperationType] DESC, [o].[Id] DESC
GO

-- operations by operationType ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[OperationType]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OperationType] DESC, [o].[Id] DESC
GO

-- operations by operationType DESC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[OperationType]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationType] IN (N'Authorization', N'Cancel')
ORDER BY [o].[OperationType] DESC, [o].[Id] DESC
GO

-- operations by operationType DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[OperationType]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationType] IN (N'Capture', N'Void', N'Refund', N'Cancel')
ORDER BY [o].[OperationType], [o].[Id]
GO

-- operations by operationResult ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[OperationResult]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OperationResult], [o].[Id]
GO

-- operations by operationResult ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value1 bigint;
SELECT TOP(3) [o].[Id], [o].[OperationResult]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationResult] = @Value AND [o].[Id] > @Value1
ORDER BY [o].[OperationResult], [o].[Id]
GO

-- operations by operationResult ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[OperationResult]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationResult] IN (N'ThreedsValidated', N'ThreedsFailed', N'Pending', N'Voided', N'Refunded', N'Failed')
ORDER BY [o].[OperationResult], [o].[Id]
GO

-- operations by operationResult ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value1 bigint;
SELECT TOP(3) [o].[Id], [o].[OperationResult]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationResult] = @Value AND [o].[Id] < @Value1
ORDER BY [o].[OperationResult] DESC, [o].[Id] DESC
GO

-- operations by operationResult ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[OperationResult]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OperationResult] DESC, [o].[Id] DESC
GO

-- operations by operationResult DESC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[OperationResult]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationResult] IN (N'Authorized', N'Declined', N'DeniedByRisk', N'Canceled')
ORDER BY [o].[OperationResult] DESC, [o].[Id] DESC
GO

-- operations by operationResult DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[OperationResult]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationResult] IN (N'Executed', N'Declined', N'DeniedByRisk', N'ThreedsValidated', N'ThreedsFailed', N'Pending', N'Canceled', N'Voided', N'Refunded', N'Failed')
ORDER BY [o].[OperationResult], [o].[Id]
GO

-- operations by operationAmount ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[OperationAmount]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OperationAmount], [o].[Id]
GO

-- operations by operationAmount ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint, @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[OperationAmount]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] >= @Value AND ([o].[OperationAmount] > @Value OR ([o].[OperationAmount] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[OperationAmount], [o].[Id]
GO

-- operations by operationAmount ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint, @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[OperationAmount]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationAmount] <= @Value AND ([o].[OperationAmount] < @Value OR ([o].[OperationAmount] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[OperationAmount] DESC, [o].[Id] DESC
GO

-- operations by operationAmount ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[OperationAmount]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OperationAmount] DESC, [o].[Id] DESC
GO

-- operations by operationCurrency ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[OperationCurrency]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OperationCurrency], [o].[Id]
GO

-- operations by operationCurrency ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value char(3), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[OperationCurrency]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationCurrency] >= @Value AND ([o].[OperationCurrency] > @Value OR ([o].[OperationCurrency] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[OperationCurrency], [o].[Id]
GO

-- operations by operationCurrency ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value char(3), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[OperationCurrency]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationCurrency] <= @Value AND ([o].[OperationCurrency] < @Value OR ([o].[OperationCurrency] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[OperationCurrency] DESC, [o].[Id] DESC
GO

-- operations by operationCurrency ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[OperationCurrency]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OperationCurrency] DESC, [o].[Id] DESC
GO

-- operations by operationTime ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OperationTime], [o].[Id]
GO

-- operations by operationTime ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] >= @Value AND ([o].[OperationTime] > @Value OR ([o].[OperationTime] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[OperationTime], [o].[Id]
GO

-- operations by operationTime ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] <= @Value AND ([o].[OperationTime] < @Value OR ([o].[OperationTime] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations by operationTime ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations by channel ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Channel], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[Channel], [o].[Id]
GO

-- operations by channel ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value1 bigint;
SELECT TOP(3) [o].[Channel], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] = @Value AND [o].[Id] > @Value1
ORDER BY [o].[Channel], [o].[Id]
GO

-- operations by channel ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Channel], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] IN (N'Ecommerce', N'Pos')
ORDER BY [o].[Channel], [o].[Id]
GO

-- operations by channel ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value1 bigint;
SELECT TOP(3) [o].[Channel], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] = @Value AND [o].[Id] < @Value1
ORDER BY [o].[Channel] DESC, [o].[Id] DESC
GO

-- operations by channel ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Channel], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] = N'Backoffice'
ORDER BY [o].[Channel] DESC, [o].[Id] DESC
GO

-- operations by channel ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Channel], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[Channel] DESC, [o].[Id] DESC
GO

-- operations by channel DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Channel], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Channel] = N'Pos'
ORDER BY [o].[Channel], [o].[Id]
GO

-- operations by paymentMethod ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[PaymentMethod]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[PaymentMethod], [o].[Id]
GO

-- operations by paymentMethod ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(24), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[PaymentMethod]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentMethod] >= @Value AND ([o].[PaymentMethod] > @Value OR ([o].[PaymentMethod] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[PaymentMethod], [o].[Id]
GO

-- operations by paymentMethod ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(24), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[PaymentMethod]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentMethod] <= @Value AND ([o].[PaymentMethod] < @Value OR [o].[PaymentMethod] IS NULL OR ([o].[PaymentMethod] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[PaymentMethod] DESC, [o].[Id] DESC
GO

-- operations by paymentMethod ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[PaymentMethod]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentMethod] IS NULL
ORDER BY [o].[PaymentMethod] DESC, [o].[Id] DESC
GO

-- operations by paymentMethod ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[PaymentMethod]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[PaymentMethod] DESC, [o].[Id] DESC
GO

-- operations by paymentCircuit ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[PaymentCircuit]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[PaymentCircuit], [o].[Id]
GO

-- operations by paymentCircuit ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(24), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[PaymentCircuit]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentCircuit] >= @Value AND ([o].[PaymentCircuit] > @Value OR ([o].[PaymentCircuit] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[PaymentCircuit], [o].[Id]
GO

-- operations by paymentCircuit ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(24), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[PaymentCircuit]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentCircuit] <= @Value AND ([o].[PaymentCircuit] < @Value OR [o].[PaymentCircuit] IS NULL OR ([o].[PaymentCircuit] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[PaymentCircuit] DESC, [o].[Id] DESC
GO

-- operations by paymentCircuit ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[PaymentCircuit]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentCircuit] IS NULL
ORDER BY [o].[PaymentCircuit] DESC, [o].[Id] DESC
GO

-- operations by paymentCircuit ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[PaymentCircuit]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[PaymentCircuit] DESC, [o].[Id] DESC
GO

-- operations by paymentInstrumentInfo ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[PaymentInstrumentInfo]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[PaymentInstrumentInfo], [o].[Id]
GO

-- operations by paymentInstrumentInfo ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[PaymentInstrumentInfo]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentInstrumentInfo] >= @Value AND ([o].[PaymentInstrumentInfo] > @Value OR ([o].[PaymentInstrumentInfo] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[PaymentInstrumentInfo], [o].[Id]
GO

-- operations by paymentInstrumentInfo ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[PaymentInstrumentInfo]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentInstrumentInfo] <= @Value AND ([o].[PaymentInstrumentInfo] < @Value OR [o].[PaymentInstrumentInfo] IS NULL OR ([o].[PaymentInstrumentInfo] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[PaymentInstrumentInfo] DESC, [o].[Id] DESC
GO

-- operations by paymentInstrumentInfo ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[PaymentInstrumentInfo]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[PaymentInstrumentInfo] IS NULL
ORDER BY [o].[PaymentInstrumentInfo] DESC, [o].[Id] DESC
GO

-- operations by paymentInstrumentInfo ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[PaymentInstrumentInfo]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[PaymentInstrumentInfo] DESC, [o].[Id] DESC
GO

-- operations by parentOperationId ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[ParentOperationId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[ParentOperationId], [o].[Id]
GO

-- operations by parentOperationId ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[ParentOperationId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ParentOperationId] >= @Value AND ([o].[ParentOperationId] > @Value OR ([o].[ParentOperationId] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[ParentOperationId], [o].[Id]
GO

-- operations by parentOperationId ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(3) [o].[Id], [o].[ParentOperationId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ParentOperationId] IS NULL AND [o].[Id] < @Value
ORDER BY [o].[ParentOperationId] DESC, [o].[Id] DESC
GO

-- operations by parentOperationId ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Id], [o].[ParentOperationId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[ParentOperationId] DESC, [o].[Id] DESC
GO

-- operations by parentOperationId DESC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32), @Value3 bigint;
SELECT TOP(3) [o].[Id], [o].[ParentOperationId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ParentOperationId] <= @Value AND ([o].[ParentOperationId] < @Value OR [o].[ParentOperationId] IS NULL OR ([o].[ParentOperationId] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[ParentOperationId] DESC, [o].[Id] DESC
GO

-- operations by parentOperationId DESC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[ParentOperationId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ParentOperationId] IS NULL
ORDER BY [o].[ParentOperationId] DESC, [o].[Id] DESC
GO

-- operations by parentOperationId DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(3) [o].[Id], [o].[ParentOperationId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ParentOperationId] IS NULL AND ([o].[ParentOperationId] IS NOT NULL OR ([o].[ParentOperationId] IS NULL AND [o].[Id] > @Value))
ORDER BY [o].[ParentOperationId], [o].[Id]
GO

-- operations by parentOperationId DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Id], [o].[ParentOperationId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ParentOperationId] IS NOT NULL
ORDER BY [o].[ParentOperationId], [o].[Id]
GO

-- operations by description ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Description], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[Description], [o].[Id]
GO

-- operations by description ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255), @Value3 bigint;
SELECT TOP(3) [o].[Description], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Description] >= @Value AND ([o].[Description] > @Value OR ([o].[Description] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[Description], [o].[Id]
GO

-- operations by description ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(3) [o].[Description], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Description] IS NULL AND [o].[Id] < @Value
ORDER BY [o].[Description] DESC, [o].[Id] DESC
GO

-- operations by description ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[Description], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[Description] DESC, [o].[Id] DESC
GO

-- operations by description DESC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(255), @Value3 bigint;
SELECT TOP(3) [o].[Description], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Description] <= @Value AND ([o].[Description] < @Value OR [o].[Description] IS NULL OR ([o].[Description] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[Description] DESC, [o].[Id] DESC
GO

-- operations by description DESC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Description], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Description] IS NULL
ORDER BY [o].[Description] DESC, [o].[Id] DESC
GO

-- operations by description DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value bigint;
SELECT TOP(3) [o].[Description], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Description] IS NULL AND ([o].[Description] IS NOT NULL OR ([o].[Description] IS NULL AND [o].[Id] > @Value))
ORDER BY [o].[Description], [o].[Id]
GO

-- operations by description DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[Description], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Description] IS NOT NULL
ORDER BY [o].[Description], [o].[Id]
GO

-- operations by contractId ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[ContractId], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[ContractId], [o].[Id]
GO

-- operations by contractId ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32), @Value3 bigint;
SELECT TOP(3) [o].[ContractId], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ContractId] >= @Value AND ([o].[ContractId] > @Value OR ([o].[ContractId] = @Value AND [o].[Id] > @Value3))
ORDER BY [o].[ContractId], [o].[Id]
GO

-- operations by contractId ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value varchar(32), @Value3 bigint;
SELECT TOP(3) [o].[ContractId], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ContractId] <= @Value AND ([o].[ContractId] < @Value OR [o].[ContractId] IS NULL OR ([o].[ContractId] = @Value AND [o].[Id] < @Value3))
ORDER BY [o].[ContractId] DESC, [o].[Id] DESC
GO

-- operations by contractId ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(1) [o].[ContractId], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[ContractId] IS NULL
ORDER BY [o].[ContractId] DESC, [o].[Id] DESC
GO

-- operations by contractId ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[ContractId], [o].[Id]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[ContractId] DESC, [o].[Id] DESC
GO

-- operations default order, first page with totalCount
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(11) [o].[Id], [o].[OperationTime]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- operations default order, first page with totalCount
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT COUNT(*)
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
GO

-- operations sorted on two fields
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(11) [o].[Id], [o].[OperationId], [o].[OrderId]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OrderId], [o].[OperationId] DESC, [o].[Id] DESC
GO

-- contracts where contractId eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractId] = @Value AND [c].[ContractId] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where contractId eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractId] = @Value AND [c].[ContractId] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- contracts where contractId neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[ContractId] <> @Value OR [c].[ContractId] COLLATE Latin1_General_100_BIN2 <> @Value)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where contractId neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[ContractId] <> @Value OR [c].[ContractId] COLLATE Latin1_General_100_BIN2 <> @Value)
GO

-- contracts where contractId contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where contractId contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- contracts where contractId ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where contractId ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\'
GO

-- contracts where contractId in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(32), @Value2 varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractId] IN (@Value1, @Value2) AND [c].[ContractId] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where contractId in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(32), @Value2 varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractId] IN (@Value1, @Value2) AND [c].[ContractId] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- contracts where contractId nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(32), @Value2 varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[ContractId] NOT IN (@Value1, @Value2) OR [c].[ContractId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2))
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where contractId nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(32), @Value2 varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[ContractId] NOT IN (@Value1, @Value2) OR [c].[ContractId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2))
GO

-- contracts where contractId startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractId] LIKE @Value_startswith ESCAPE '\' AND [c].[ContractId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where contractId startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractId] LIKE @Value_startswith ESCAPE '\' AND [c].[ContractId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- contracts where contractId nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[ContractId] NOT LIKE @Value_startswith ESCAPE '\' OR [c].[ContractId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\')
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where contractId nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[ContractId] NOT LIKE @Value_startswith ESCAPE '\' OR [c].[ContractId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\')
GO

-- contracts where contractId endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractId] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where contractId endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractId] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- contracts where contractId nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where contractId nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\'
GO

-- contracts where customerId eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(27);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CustomerId] = @Value AND [c].[CustomerId] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where customerId eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(27);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CustomerId] = @Value AND [c].[CustomerId] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- contracts where customerId neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(27);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[CustomerId] <> @Value OR [c].[CustomerId] COLLATE Latin1_General_100_BIN2 <> @Value)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where customerId neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(27);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[CustomerId] <> @Value OR [c].[CustomerId] COLLATE Latin1_General_100_BIN2 <> @Value)
GO

-- contracts where customerId contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(27);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CustomerId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where customerId contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(27);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CustomerId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- contracts where customerId ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(27);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CustomerId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where customerId ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(27);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CustomerId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\'
GO

-- contracts where customerId in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(27), @Value2 varchar(27);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CustomerId] IN (@Value1, @Value2) AND [c].[CustomerId] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where customerId in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(27), @Value2 varchar(27);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CustomerId] IN (@Value1, @Value2) AND [c].[CustomerId] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- contracts where customerId nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(27), @Value2 varchar(27);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[CustomerId] NOT IN (@Value1, @Value2) OR [c].[CustomerId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2))
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where customerId nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(27), @Value2 varchar(27);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[CustomerId] NOT IN (@Value1, @Value2) OR [c].[CustomerId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2))
GO

-- contracts where customerId startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(27);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CustomerId] LIKE @Value_startswith ESCAPE '\' AND [c].[CustomerId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where customerId startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(27);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CustomerId] LIKE @Value_startswith ESCAPE '\' AND [c].[CustomerId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- contracts where customerId nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(27);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[CustomerId] NOT LIKE @Value_startswith ESCAPE '\' OR [c].[CustomerId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\')
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where customerId nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(27);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[CustomerId] NOT LIKE @Value_startswith ESCAPE '\' OR [c].[CustomerId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\')
GO

-- contracts where customerId endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(27);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CustomerId] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where customerId endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(27);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CustomerId] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- contracts where customerId nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(27);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CustomerId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where customerId nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(27);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CustomerId] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\'
GO

-- contracts where contractType eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value nvarchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractType] = @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where contractType eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value nvarchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractType] = @Value
GO

-- contracts where contractType neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value nvarchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractType] <> @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where contractType neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value nvarchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractType] <> @Value
GO

-- contracts where contractType in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractType] IN (@Value1, @Value2)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where contractType in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractType] IN (@Value1, @Value2)
GO

-- contracts where contractType nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractType] NOT IN (@Value1, @Value2)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where contractType nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractType] NOT IN (@Value1, @Value2)
GO

-- contracts where status eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value nvarchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[Status] = @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where status eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value nvarchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[Status] = @Value
GO

-- contracts where status neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value nvarchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[Status] <> @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where status neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value nvarchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[Status] <> @Value
GO

-- contracts where status in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[Status] IN (@Value1, @Value2)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where status in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[Status] IN (@Value1, @Value2)
GO

-- contracts where status nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[Status] NOT IN (@Value1, @Value2)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where status nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[Status] NOT IN (@Value1, @Value2)
GO

-- contracts where paymentMethod eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentMethod] = @Value AND [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentMethod eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentMethod] = @Value AND [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- contracts where paymentMethod neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentMethod] <> @Value OR [c].[PaymentMethod] IS NULL OR [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 <> @Value OR [c].[PaymentMethod] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentMethod neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentMethod] <> @Value OR [c].[PaymentMethod] IS NULL OR [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 <> @Value OR [c].[PaymentMethod] IS NULL)
GO

-- contracts where paymentMethod contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentMethod contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- contracts where paymentMethod ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [c].[PaymentMethod] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentMethod ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [c].[PaymentMethod] IS NULL)
GO

-- contracts where paymentMethod in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(24), @Value2 varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentMethod] IN (@Value1, @Value2) AND [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentMethod in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(24), @Value2 varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentMethod] IN (@Value1, @Value2) AND [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- contracts where paymentMethod nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(24), @Value2 varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentMethod] NOT IN (@Value1, @Value2) OR [c].[PaymentMethod] IS NULL OR [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentMethod nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(24), @Value2 varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentMethod] NOT IN (@Value1, @Value2) OR [c].[PaymentMethod] IS NULL OR [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 IS NULL)
GO

-- contracts where paymentMethod startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentMethod] LIKE @Value_startswith ESCAPE '\' AND [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentMethod startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentMethod] LIKE @Value_startswith ESCAPE '\' AND [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- contracts where paymentMethod nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentMethod] NOT LIKE @Value_startswith ESCAPE '\' OR [c].[PaymentMethod] IS NULL OR [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [c].[PaymentMethod] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentMethod nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentMethod] NOT LIKE @Value_startswith ESCAPE '\' OR [c].[PaymentMethod] IS NULL OR [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [c].[PaymentMethod] IS NULL)
GO

-- contracts where paymentMethod endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentMethod endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- contracts where paymentMethod nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [c].[PaymentMethod] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentMethod nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentMethod] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [c].[PaymentMethod] IS NULL)
GO

-- contracts where paymentCircuit eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentCircuit] = @Value AND [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentCircuit eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentCircuit] = @Value AND [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- contracts where paymentCircuit neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentCircuit] <> @Value OR [c].[PaymentCircuit] IS NULL OR [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 <> @Value OR [c].[PaymentCircuit] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentCircuit neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentCircuit] <> @Value OR [c].[PaymentCircuit] IS NULL OR [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 <> @Value OR [c].[PaymentCircuit] IS NULL)
GO

-- contracts where paymentCircuit contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentCircuit contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- contracts where paymentCircuit ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [c].[PaymentCircuit] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentCircuit ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [c].[PaymentCircuit] IS NULL)
GO

-- contracts where paymentCircuit in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(24), @Value2 varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentCircuit] IN (@Value1, @Value2) AND [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentCircuit in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(24), @Value2 varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentCircuit] IN (@Value1, @Value2) AND [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- contracts where paymentCircuit nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(24), @Value2 varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentCircuit] NOT IN (@Value1, @Value2) OR [c].[PaymentCircuit] IS NULL OR [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentCircuit nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(24), @Value2 varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentCircuit] NOT IN (@Value1, @Value2) OR [c].[PaymentCircuit] IS NULL OR [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 IS NULL)
GO

-- contracts where paymentCircuit startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentCircuit] LIKE @Value_startswith ESCAPE '\' AND [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentCircuit startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentCircuit] LIKE @Value_startswith ESCAPE '\' AND [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- contracts where paymentCircuit nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentCircuit] NOT LIKE @Value_startswith ESCAPE '\' OR [c].[PaymentCircuit] IS NULL OR [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [c].[PaymentCircuit] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentCircuit nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentCircuit] NOT LIKE @Value_startswith ESCAPE '\' OR [c].[PaymentCircuit] IS NULL OR [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [c].[PaymentCircuit] IS NULL)
GO

-- contracts where paymentCircuit endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentCircuit endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- contracts where paymentCircuit nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(24);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [c].[PaymentCircuit] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentCircuit nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(24);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentCircuit] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [c].[PaymentCircuit] IS NULL)
GO

-- contracts where paymentInstrumentInfo eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentInstrumentInfo] = @Value AND [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentInstrumentInfo eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentInstrumentInfo] = @Value AND [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- contracts where paymentInstrumentInfo neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentInstrumentInfo] <> @Value OR [c].[PaymentInstrumentInfo] IS NULL OR [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 <> @Value OR [c].[PaymentInstrumentInfo] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentInstrumentInfo neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentInstrumentInfo] <> @Value OR [c].[PaymentInstrumentInfo] IS NULL OR [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 <> @Value OR [c].[PaymentInstrumentInfo] IS NULL)
GO

-- contracts where paymentInstrumentInfo contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentInstrumentInfo contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- contracts where paymentInstrumentInfo ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [c].[PaymentInstrumentInfo] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentInstrumentInfo ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [c].[PaymentInstrumentInfo] IS NULL)
GO

-- contracts where paymentInstrumentInfo in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(32), @Value2 varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentInstrumentInfo] IN (@Value1, @Value2) AND [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentInstrumentInfo in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(32), @Value2 varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentInstrumentInfo] IN (@Value1, @Value2) AND [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- contracts where paymentInstrumentInfo nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(32), @Value2 varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentInstrumentInfo] NOT IN (@Value1, @Value2) OR [c].[PaymentInstrumentInfo] IS NULL OR [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentInstrumentInfo nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(32), @Value2 varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentInstrumentInfo] NOT IN (@Value1, @Value2) OR [c].[PaymentInstrumentInfo] IS NULL OR [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 IS NULL)
GO

-- contracts where paymentInstrumentInfo startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentInstrumentInfo] LIKE @Value_startswith ESCAPE '\' AND [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentInstrumentInfo startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentInstrumentInfo] LIKE @Value_startswith ESCAPE '\' AND [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- contracts where paymentInstrumentInfo nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentInstrumentInfo] NOT LIKE @Value_startswith ESCAPE '\' OR [c].[PaymentInstrumentInfo] IS NULL OR [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [c].[PaymentInstrumentInfo] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentInstrumentInfo nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentInstrumentInfo] NOT LIKE @Value_startswith ESCAPE '\' OR [c].[PaymentInstrumentInfo] IS NULL OR [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [c].[PaymentInstrumentInfo] IS NULL)
GO

-- contracts where paymentInstrumentInfo endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentInstrumentInfo endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- contracts where paymentInstrumentInfo nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(32);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [c].[PaymentInstrumentInfo] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where paymentInstrumentInfo nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(32);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[PaymentInstrumentInfo] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [c].[PaymentInstrumentInfo] IS NULL)
GO

-- contracts where expiryDate eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(5);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ExpiryDate] = @Value AND [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 = @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where expiryDate eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(5);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ExpiryDate] = @Value AND [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 = @Value
GO

-- contracts where expiryDate neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(5);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[ExpiryDate] <> @Value OR [c].[ExpiryDate] IS NULL OR [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 <> @Value OR [c].[ExpiryDate] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where expiryDate neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(5);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[ExpiryDate] <> @Value OR [c].[ExpiryDate] IS NULL OR [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 <> @Value OR [c].[ExpiryDate] IS NULL)
GO

-- contracts where expiryDate contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(5);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where expiryDate contains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(5);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\'
GO

-- contracts where expiryDate ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(5);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [c].[ExpiryDate] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where expiryDate ncontains
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_contains varchar(5);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_contains ESCAPE '\' OR [c].[ExpiryDate] IS NULL)
GO

-- contracts where expiryDate in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(5), @Value2 varchar(5);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ExpiryDate] IN (@Value1, @Value2) AND [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where expiryDate in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(5), @Value2 varchar(5);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ExpiryDate] IN (@Value1, @Value2) AND [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 IN (@Value1, @Value2)
GO

-- contracts where expiryDate nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(5), @Value2 varchar(5);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[ExpiryDate] NOT IN (@Value1, @Value2) OR [c].[ExpiryDate] IS NULL OR [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where expiryDate nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 varchar(5), @Value2 varchar(5);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[ExpiryDate] NOT IN (@Value1, @Value2) OR [c].[ExpiryDate] IS NULL OR [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value2) OR [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 IS NULL)
GO

-- contracts where expiryDate startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(5);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ExpiryDate] LIKE @Value_startswith ESCAPE '\' AND [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where expiryDate startsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(5);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ExpiryDate] LIKE @Value_startswith ESCAPE '\' AND [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
GO

-- contracts where expiryDate nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(5);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[ExpiryDate] NOT LIKE @Value_startswith ESCAPE '\' OR [c].[ExpiryDate] IS NULL OR [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [c].[ExpiryDate] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where expiryDate nstartsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_startswith varchar(5);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[ExpiryDate] NOT LIKE @Value_startswith ESCAPE '\' OR [c].[ExpiryDate] IS NULL OR [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_startswith ESCAPE '\' OR [c].[ExpiryDate] IS NULL)
GO

-- contracts where expiryDate endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(5);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where expiryDate endsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(5);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 LIKE @Value_endswith ESCAPE '\'
GO

-- contracts where expiryDate nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(5);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [c].[ExpiryDate] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where expiryDate nendsWith
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value_endswith varchar(5);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[ExpiryDate] COLLATE Latin1_General_100_BIN2 NOT LIKE @Value_endswith ESCAPE '\' OR [c].[ExpiryDate] IS NULL)
GO

-- contracts where createdAt eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] = @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where createdAt eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] = @Value
GO

-- contracts where createdAt neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] <> @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where createdAt neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] <> @Value
GO

-- contracts where createdAt in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] IN (@Value1, @Value2)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where createdAt in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] IN (@Value1, @Value2)
GO

-- contracts where createdAt nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] NOT IN (@Value1, @Value2)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where createdAt nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] NOT IN (@Value1, @Value2)
GO

-- contracts where createdAt gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] > @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where createdAt gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] > @Value
GO

-- contracts where createdAt ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] <= @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where createdAt ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] <= @Value
GO

-- contracts where createdAt gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] >= @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where createdAt gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] >= @Value
GO

-- contracts where createdAt ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] < @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where createdAt ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] < @Value
GO

-- contracts where deactivatedAt eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] = @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where deactivatedAt eq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] = @Value
GO

-- contracts where deactivatedAt neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[DeactivatedAt] <> @Value OR [c].[DeactivatedAt] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where deactivatedAt neq
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[DeactivatedAt] <> @Value OR [c].[DeactivatedAt] IS NULL)
GO

-- contracts where deactivatedAt in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] IN (@Value1, @Value2)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where deactivatedAt in
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] IN (@Value1, @Value2)
GO

-- contracts where deactivatedAt nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[DeactivatedAt] NOT IN (@Value1, @Value2) OR [c].[DeactivatedAt] IS NULL)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where deactivatedAt nin
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value1 datetime2(3), @Value2 datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND ([c].[DeactivatedAt] NOT IN (@Value1, @Value2) OR [c].[DeactivatedAt] IS NULL)
GO

-- contracts where deactivatedAt gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] > @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where deactivatedAt gt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] > @Value
GO

-- contracts where deactivatedAt ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND CASE
    WHEN [c].[DeactivatedAt] > @Value THEN CAST(0 AS bit)
    ELSE CAST(1 AS bit)
END = CAST(1 AS bit)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where deactivatedAt ngt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND CASE
    WHEN [c].[DeactivatedAt] > @Value THEN CAST(0 AS bit)
    ELSE CAST(1 AS bit)
END = CAST(1 AS bit)
GO

-- contracts where deactivatedAt gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] >= @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where deactivatedAt gte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] >= @Value
GO

-- contracts where deactivatedAt ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND CASE
    WHEN [c].[DeactivatedAt] >= @Value THEN CAST(0 AS bit)
    ELSE CAST(1 AS bit)
END = CAST(1 AS bit)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where deactivatedAt ngte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND CASE
    WHEN [c].[DeactivatedAt] >= @Value THEN CAST(0 AS bit)
    ELSE CAST(1 AS bit)
END = CAST(1 AS bit)
GO

-- contracts where deactivatedAt lt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] < @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where deactivatedAt lt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] < @Value
GO

-- contracts where deactivatedAt nlt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND CASE
    WHEN [c].[DeactivatedAt] < @Value THEN CAST(0 AS bit)
    ELSE CAST(1 AS bit)
END = CAST(1 AS bit)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where deactivatedAt nlt
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND CASE
    WHEN [c].[DeactivatedAt] < @Value THEN CAST(0 AS bit)
    ELSE CAST(1 AS bit)
END = CAST(1 AS bit)
GO

-- contracts where deactivatedAt lte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] <= @Value
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where deactivatedAt lte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] <= @Value
GO

-- contracts where deactivatedAt nlte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND CASE
    WHEN [c].[DeactivatedAt] <= @Value THEN CAST(0 AS bit)
    ELSE CAST(1 AS bit)
END = CAST(1 AS bit)
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts where deactivatedAt nlte
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND CASE
    WHEN [c].[DeactivatedAt] <= @Value THEN CAST(0 AS bit)
    ELSE CAST(1 AS bit)
END = CAST(1 AS bit)
GO

-- contracts by contractId ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[ContractId], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[ContractId], [c].[Id]
GO

-- contracts by contractId ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(32), @Value4 bigint;
SELECT TOP(3) [c].[ContractId], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractId] >= @Value AND ([c].[ContractId] > @Value OR ([c].[ContractId] = @Value AND [c].[Id] > @Value4))
ORDER BY [c].[ContractId], [c].[Id]
GO

-- contracts by contractId ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(32), @Value4 bigint;
SELECT TOP(3) [c].[ContractId], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractId] <= @Value AND ([c].[ContractId] < @Value OR ([c].[ContractId] = @Value AND [c].[Id] < @Value4))
ORDER BY [c].[ContractId] DESC, [c].[Id] DESC
GO

-- contracts by contractId ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[ContractId], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[ContractId] DESC, [c].[Id] DESC
GO

-- contracts by customerId ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[CustomerId], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[CustomerId], [c].[Id]
GO

-- contracts by customerId ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(27), @Value4 bigint;
SELECT TOP(3) [c].[CustomerId], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CustomerId] >= @Value AND ([c].[CustomerId] > @Value OR ([c].[CustomerId] = @Value AND [c].[Id] > @Value4))
ORDER BY [c].[CustomerId], [c].[Id]
GO

-- contracts by customerId ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(27), @Value4 bigint;
SELECT TOP(3) [c].[CustomerId], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CustomerId] <= @Value AND ([c].[CustomerId] < @Value OR ([c].[CustomerId] = @Value AND [c].[Id] < @Value4))
ORDER BY [c].[CustomerId] DESC, [c].[Id] DESC
GO

-- contracts by customerId ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[CustomerId], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[CustomerId] DESC, [c].[Id] DESC
GO

-- contracts by contractType ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[ContractType], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[ContractType], [c].[Id]
GO

-- contracts by contractType ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value nvarchar(24), @Value2 bigint;
SELECT TOP(3) [c].[ContractType], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractType] = @Value AND [c].[Id] > @Value2
ORDER BY [c].[ContractType], [c].[Id]
GO

-- contracts by contractType ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(1) [c].[ContractType], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractType] = N'MitUnscheduled'
ORDER BY [c].[ContractType], [c].[Id]
GO

-- contracts by contractType ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value nvarchar(24), @Value2 bigint;
SELECT TOP(3) [c].[ContractType], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractType] = @Value AND [c].[Id] < @Value2
ORDER BY [c].[ContractType] DESC, [c].[Id] DESC
GO

-- contracts by contractType ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(1) [c].[ContractType], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ContractType] = N'Cit'
ORDER BY [c].[ContractType] DESC, [c].[Id] DESC
GO

-- contracts by contractType ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[ContractType], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[ContractType] DESC, [c].[Id] DESC
GO

-- contracts by status ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[Id], [c].[Status]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[Status], [c].[Id]
GO

-- contracts by status ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value nvarchar(24), @Value2 bigint;
SELECT TOP(3) [c].[Id], [c].[Status]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[Status] = @Value AND [c].[Id] > @Value2
ORDER BY [c].[Status], [c].[Id]
GO

-- contracts by status ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value nvarchar(24), @Value2 bigint;
SELECT TOP(3) [c].[Id], [c].[Status]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[Status] = @Value AND [c].[Id] < @Value2
ORDER BY [c].[Status] DESC, [c].[Id] DESC
GO

-- contracts by status ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[Id], [c].[Status]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[Status] DESC, [c].[Id] DESC
GO

-- contracts by status DESC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(1) [c].[Id], [c].[Status]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[Status] = N'Active'
ORDER BY [c].[Status] DESC, [c].[Id] DESC
GO

-- contracts by status DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(1) [c].[Id], [c].[Status]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[Status] = N'Deactivated'
ORDER BY [c].[Status], [c].[Id]
GO

-- contracts by paymentMethod ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[Id], [c].[PaymentMethod]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[PaymentMethod], [c].[Id]
GO

-- contracts by paymentMethod ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(24), @Value4 bigint;
SELECT TOP(3) [c].[Id], [c].[PaymentMethod]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentMethod] >= @Value AND ([c].[PaymentMethod] > @Value OR ([c].[PaymentMethod] = @Value AND [c].[Id] > @Value4))
ORDER BY [c].[PaymentMethod], [c].[Id]
GO

-- contracts by paymentMethod ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(24), @Value4 bigint;
SELECT TOP(3) [c].[Id], [c].[PaymentMethod]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentMethod] <= @Value AND ([c].[PaymentMethod] < @Value OR [c].[PaymentMethod] IS NULL OR ([c].[PaymentMethod] = @Value AND [c].[Id] < @Value4))
ORDER BY [c].[PaymentMethod] DESC, [c].[Id] DESC
GO

-- contracts by paymentMethod ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(1) [c].[Id], [c].[PaymentMethod]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentMethod] IS NULL
ORDER BY [c].[PaymentMethod] DESC, [c].[Id] DESC
GO

-- contracts by paymentMethod ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[Id], [c].[PaymentMethod]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[PaymentMethod] DESC, [c].[Id] DESC
GO

-- contracts by paymentCircuit ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[Id], [c].[PaymentCircuit]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[PaymentCircuit], [c].[Id]
GO

-- contracts by paymentCircuit ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(24), @Value4 bigint;
SELECT TOP(3) [c].[Id], [c].[PaymentCircuit]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentCircuit] >= @Value AND ([c].[PaymentCircuit] > @Value OR ([c].[PaymentCircuit] = @Value AND [c].[Id] > @Value4))
ORDER BY [c].[PaymentCircuit], [c].[Id]
GO

-- contracts by paymentCircuit ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(24), @Value4 bigint;
SELECT TOP(3) [c].[Id], [c].[PaymentCircuit]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentCircuit] <= @Value AND ([c].[PaymentCircuit] < @Value OR [c].[PaymentCircuit] IS NULL OR ([c].[PaymentCircuit] = @Value AND [c].[Id] < @Value4))
ORDER BY [c].[PaymentCircuit] DESC, [c].[Id] DESC
GO

-- contracts by paymentCircuit ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(1) [c].[Id], [c].[PaymentCircuit]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentCircuit] IS NULL
ORDER BY [c].[PaymentCircuit] DESC, [c].[Id] DESC
GO

-- contracts by paymentCircuit ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[Id], [c].[PaymentCircuit]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[PaymentCircuit] DESC, [c].[Id] DESC
GO

-- contracts by paymentInstrumentInfo ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[Id], [c].[PaymentInstrumentInfo]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[PaymentInstrumentInfo], [c].[Id]
GO

-- contracts by paymentInstrumentInfo ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(32), @Value4 bigint;
SELECT TOP(3) [c].[Id], [c].[PaymentInstrumentInfo]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentInstrumentInfo] >= @Value AND ([c].[PaymentInstrumentInfo] > @Value OR ([c].[PaymentInstrumentInfo] = @Value AND [c].[Id] > @Value4))
ORDER BY [c].[PaymentInstrumentInfo], [c].[Id]
GO

-- contracts by paymentInstrumentInfo ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(32), @Value4 bigint;
SELECT TOP(3) [c].[Id], [c].[PaymentInstrumentInfo]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentInstrumentInfo] <= @Value AND ([c].[PaymentInstrumentInfo] < @Value OR [c].[PaymentInstrumentInfo] IS NULL OR ([c].[PaymentInstrumentInfo] = @Value AND [c].[Id] < @Value4))
ORDER BY [c].[PaymentInstrumentInfo] DESC, [c].[Id] DESC
GO

-- contracts by paymentInstrumentInfo ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(1) [c].[Id], [c].[PaymentInstrumentInfo]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[PaymentInstrumentInfo] IS NULL
ORDER BY [c].[PaymentInstrumentInfo] DESC, [c].[Id] DESC
GO

-- contracts by paymentInstrumentInfo ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[Id], [c].[PaymentInstrumentInfo]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[PaymentInstrumentInfo] DESC, [c].[Id] DESC
GO

-- contracts by expiryDate ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[ExpiryDate], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[ExpiryDate], [c].[Id]
GO

-- contracts by expiryDate ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(5), @Value4 bigint;
SELECT TOP(3) [c].[ExpiryDate], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ExpiryDate] >= @Value AND ([c].[ExpiryDate] > @Value OR ([c].[ExpiryDate] = @Value AND [c].[Id] > @Value4))
ORDER BY [c].[ExpiryDate], [c].[Id]
GO

-- contracts by expiryDate ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value varchar(5), @Value4 bigint;
SELECT TOP(3) [c].[ExpiryDate], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ExpiryDate] <= @Value AND ([c].[ExpiryDate] < @Value OR [c].[ExpiryDate] IS NULL OR ([c].[ExpiryDate] = @Value AND [c].[Id] < @Value4))
ORDER BY [c].[ExpiryDate] DESC, [c].[Id] DESC
GO

-- contracts by expiryDate ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(1) [c].[ExpiryDate], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[ExpiryDate] IS NULL
ORDER BY [c].[ExpiryDate] DESC, [c].[Id] DESC
GO

-- contracts by expiryDate ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[ExpiryDate], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[ExpiryDate] DESC, [c].[Id] DESC
GO

-- contracts by createdAt ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[CreatedAt], [c].[Id]
GO

-- contracts by createdAt ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3), @Value4 bigint;
SELECT TOP(3) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] >= @Value AND ([c].[CreatedAt] > @Value OR ([c].[CreatedAt] = @Value AND [c].[Id] > @Value4))
ORDER BY [c].[CreatedAt], [c].[Id]
GO

-- contracts by createdAt ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3), @Value4 bigint;
SELECT TOP(3) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[CreatedAt] <= @Value AND ([c].[CreatedAt] < @Value OR ([c].[CreatedAt] = @Value AND [c].[Id] < @Value4))
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts by createdAt ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts by deactivatedAt ASC, first page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[DeactivatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[DeactivatedAt], [c].[Id]
GO

-- contracts by deactivatedAt ASC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3), @Value4 bigint;
SELECT TOP(3) [c].[DeactivatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] >= @Value AND ([c].[DeactivatedAt] > @Value OR ([c].[DeactivatedAt] = @Value AND [c].[Id] > @Value4))
ORDER BY [c].[DeactivatedAt], [c].[Id]
GO

-- contracts by deactivatedAt ASC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value bigint;
SELECT TOP(3) [c].[DeactivatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] IS NULL AND [c].[Id] < @Value
ORDER BY [c].[DeactivatedAt] DESC, [c].[Id] DESC
GO

-- contracts by deactivatedAt ASC, last page
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(3) [c].[DeactivatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[DeactivatedAt] DESC, [c].[Id] DESC
GO

-- contracts by deactivatedAt DESC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value datetime2(3), @Value4 bigint;
SELECT TOP(3) [c].[DeactivatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] <= @Value AND ([c].[DeactivatedAt] < @Value OR [c].[DeactivatedAt] IS NULL OR ([c].[DeactivatedAt] = @Value AND [c].[Id] < @Value4))
ORDER BY [c].[DeactivatedAt] DESC, [c].[Id] DESC
GO

-- contracts by deactivatedAt DESC, after (a row whose optional values are null where it has any)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(1) [c].[DeactivatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] IS NULL
ORDER BY [c].[DeactivatedAt] DESC, [c].[Id] DESC
GO

-- contracts by deactivatedAt DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27), @Value bigint;
SELECT TOP(3) [c].[DeactivatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] IS NULL AND ([c].[DeactivatedAt] IS NOT NULL OR ([c].[DeactivatedAt] IS NULL AND [c].[Id] > @Value))
ORDER BY [c].[DeactivatedAt], [c].[Id]
GO

-- contracts by deactivatedAt DESC, last before
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(1) [c].[DeactivatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[DeactivatedAt] IS NOT NULL
ORDER BY [c].[DeactivatedAt], [c].[Id]
GO

-- contracts default order, first page with totalCount
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(11) [c].[CreatedAt], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- contracts default order, first page with totalCount
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT COUNT(*)
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
GO

-- contracts sorted on two fields
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(11) [c].[ContractId], [c].[CustomerId], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[CustomerId], [c].[ContractId] DESC, [c].[Id] DESC
GO

-- orders where and/or nest
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(27), @Value2_endswith varchar(27), @Value3 varchar(27), @Value5 bigint, @Value6 bigint, @Value71 nvarchar(24), @Value72 nvarchar(24);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (([o].[OrderId] LIKE @Value_startswith ESCAPE '\' AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\') OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value2_endswith ESCAPE '\') AND ([o].[CustomerId] <> @Value3 OR [o].[CustomerId] IS NULL OR [o].[CustomerId] COLLATE Latin1_General_100_BIN2 <> @Value3 OR [o].[CustomerId] IS NULL) AND (([o].[Amount] >= @Value5 AND [o].[Amount] < @Value6) OR [o].[Status] IN (@Value71, @Value72))
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where and/or nest
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(27), @Value2_endswith varchar(27), @Value3 varchar(27), @Value5 bigint, @Value6 bigint, @Value71 nvarchar(24), @Value72 nvarchar(24);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND (([o].[OrderId] LIKE @Value_startswith ESCAPE '\' AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\') OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value2_endswith ESCAPE '\') AND ([o].[CustomerId] <> @Value3 OR [o].[CustomerId] IS NULL OR [o].[CustomerId] COLLATE Latin1_General_100_BIN2 <> @Value3 OR [o].[CustomerId] IS NULL) AND (([o].[Amount] >= @Value5 AND [o].[Amount] < @Value6) OR [o].[Status] IN (@Value71, @Value72))
GO

-- orders where nullable columns are null
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] IS NULL AND [o].[LastOperationType] IS NULL AND [o].[LastOperationTime] IS NULL AND ([o].[CustomField] IS NULL OR [o].[CustomField] = @Value1) AND ([o].[CustomField] IS NULL OR [o].[CustomField] COLLATE Latin1_General_100_BIN2 = @Value1)
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where nullable columns are null
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(255);
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] IS NULL AND [o].[LastOperationType] IS NULL AND [o].[LastOperationTime] IS NULL AND ([o].[CustomField] IS NULL OR [o].[CustomField] = @Value1) AND ([o].[CustomField] IS NULL OR [o].[CustomField] COLLATE Latin1_General_100_BIN2 = @Value1)
GO

-- orders where a time is given to the tick (stored and compared to the millisecond)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value datetime2(3), @Value1 datetime2(3);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CreatedAt] >= @Value AND [o].[LastOperationTime] < @Value1
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders where LIKE wildcards are literal
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_contains varchar(27), @Value1_startswith nvarchar(255), @Value2_endswith nvarchar(255);
SELECT TOP(11) [o].[CreatedAt], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] COLLATE Latin1_General_100_BIN2 LIKE @Value_contains ESCAPE '\' AND UPPER([o].[Description]) LIKE @Value1_startswith ESCAPE N'\' AND [o].[CustomField] COLLATE Latin1_General_100_BIN2 LIKE @Value2_endswith ESCAPE N'\'
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders by capturedAmount: DESC, a cursor
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(2) [o].[CapturedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[CapturedAmount] DESC, [o].[Id] DESC
GO

-- orders where a status list, by capturedAmount DESC, first page and after
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value2 nvarchar(24);
SELECT TOP(3) [o].[CapturedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Id] IN (
    SELECT TOP(3) [u].[Id]
    FROM (
        SELECT [o2].[Id], [o2].[CapturedAmount]
        FROM (
            SELECT TOP(3) [o0].[Id], [o0].[CapturedAmount]
            FROM [Orders] AS [o0]
            WHERE [o0].[MerchantId] = @ef_filter__CurrentMerchantId AND [o0].[Status] = @Value
            ORDER BY [o0].[CapturedAmount] DESC, [o0].[Id] DESC
        ) AS [o2]
        UNION ALL
        SELECT [o3].[Id], [o3].[CapturedAmount]
        FROM (
            SELECT TOP(3) [o1].[Id], [o1].[CapturedAmount]
            FROM [Orders] AS [o1]
            WHERE [o1].[MerchantId] = @ef_filter__CurrentMerchantId AND [o1].[Status] = @Value2
            ORDER BY [o1].[CapturedAmount] DESC, [o1].[Id] DESC
        ) AS [o3]
    ) AS [u]
    ORDER BY [u].[CapturedAmount] DESC, [u].[Id] DESC
)
ORDER BY [o].[CapturedAmount] DESC, [o].[Id] DESC
GO

-- orders where a status list, by capturedAmount DESC, after a cursor
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value1 bigint, @Value2 bigint, @Value4 nvarchar(24);
SELECT TOP(3) [o].[CapturedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Id] IN (
    SELECT TOP(3) [u].[Id]
    FROM (
        SELECT [o2].[Id], [o2].[CapturedAmount]
        FROM (
            SELECT TOP(3) [o0].[Id], [o0].[CapturedAmount]
            FROM [Orders] AS [o0]
            WHERE [o0].[MerchantId] = @ef_filter__CurrentMerchantId AND [o0].[Status] = @Value AND [o0].[CapturedAmount] = @Value1 AND [o0].[Id] < @Value2
            ORDER BY [o0].[CapturedAmount] DESC, [o0].[Id] DESC
        ) AS [o2]
        UNION ALL
        SELECT [o3].[Id], [o3].[CapturedAmount]
        FROM (
            SELECT TOP(3) [o1].[Id], [o1].[CapturedAmount]
            FROM [Orders] AS [o1]
            WHERE [o1].[MerchantId] = @ef_filter__CurrentMerchantId AND [o1].[Status] = @Value4 AND [o1].[CapturedAmount] = @Value1 AND [o1].[Id] < @Value2
            ORDER BY [o1].[CapturedAmount] DESC, [o1].[Id] DESC
        ) AS [o3]
    ) AS [u]
    ORDER BY [u].[CapturedAmount] DESC, [u].[Id] DESC
)
ORDER BY [o].[CapturedAmount] DESC, [o].[Id] DESC
GO

-- orders where a status list, by capturedAmount DESC, after a cursor
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value1 bigint, @Value3 nvarchar(24);
SELECT TOP(1) [o].[CapturedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Id] IN (
    SELECT TOP(1) [u].[Id]
    FROM (
        SELECT [o2].[Id], [o2].[CapturedAmount]
        FROM (
            SELECT TOP(1) [o0].[Id], [o0].[CapturedAmount]
            FROM [Orders] AS [o0]
            WHERE [o0].[MerchantId] = @ef_filter__CurrentMerchantId AND [o0].[Status] = @Value AND [o0].[CapturedAmount] < @Value1
            ORDER BY [o0].[CapturedAmount] DESC, [o0].[Id] DESC
        ) AS [o2]
        UNION ALL
        SELECT [o3].[Id], [o3].[CapturedAmount]
        FROM (
            SELECT TOP(1) [o1].[Id], [o1].[CapturedAmount]
            FROM [Orders] AS [o1]
            WHERE [o1].[MerchantId] = @ef_filter__CurrentMerchantId AND [o1].[Status] = @Value3 AND [o1].[CapturedAmount] < @Value1
            ORDER BY [o1].[CapturedAmount] DESC, [o1].[Id] DESC
        ) AS [o3]
    ) AS [u]
    ORDER BY [u].[CapturedAmount] DESC, [u].[Id] DESC
)
ORDER BY [o].[CapturedAmount] DESC, [o].[Id] DESC
GO

-- orders where one status, by capturedAmount DESC, first page and after
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24);
SELECT TOP(3) [o].[CapturedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Id] IN (
    SELECT TOP(3) [o0].[Id]
    FROM [Orders] AS [o0]
    WHERE [o0].[MerchantId] = @ef_filter__CurrentMerchantId AND [o0].[Status] = @Value
    ORDER BY [o0].[CapturedAmount] DESC, [o0].[Id] DESC
)
ORDER BY [o].[CapturedAmount] DESC, [o].[Id] DESC
GO

-- orders where one status, by capturedAmount DESC, after a cursor
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value1 bigint, @Value2 bigint;
SELECT TOP(3) [o].[CapturedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Id] IN (
    SELECT TOP(3) [o0].[Id]
    FROM [Orders] AS [o0]
    WHERE [o0].[MerchantId] = @ef_filter__CurrentMerchantId AND [o0].[Status] = @Value AND [o0].[CapturedAmount] = @Value1 AND [o0].[Id] < @Value2
    ORDER BY [o0].[CapturedAmount] DESC, [o0].[Id] DESC
)
ORDER BY [o].[CapturedAmount] DESC, [o].[Id] DESC
GO

-- orders where one status, by capturedAmount DESC, after a cursor
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value nvarchar(24), @Value1 bigint;
SELECT TOP(1) [o].[CapturedAmount], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Id] IN (
    SELECT TOP(1) [o0].[Id]
    FROM [Orders] AS [o0]
    WHERE [o0].[MerchantId] = @ef_filter__CurrentMerchantId AND [o0].[Status] = @Value AND [o0].[CapturedAmount] < @Value1
    ORDER BY [o0].[CapturedAmount] DESC, [o0].[Id] DESC
)
ORDER BY [o].[CapturedAmount] DESC, [o].[Id] DESC
GO

-- orders by customerId: DESC, a cursor
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(2) [o].[CustomerId], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[CustomerId] DESC, [o].[Id] DESC
GO

-- orders where in-lists fill the filter budget (1,000 values)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(27), @Value4 varchar(27), @Value5 varchar(27), @Value7 varchar(27), @Value8 varchar(27), @Value9 varchar(27), @Value10 varchar(27), @Value11 varchar(27), @Value12 varchar(27), @Value13 varchar(27), @Value14 varchar(27), @Value15 varchar(27), @Value16 varchar(27), @Value17 varchar(27), @Value18 varchar(27), @Value19 varchar(27), @Value20 varchar(27), @Value21 varchar(27), @Value22 varchar(27), @Value23 varchar(27), @Value24 varchar(27), @Value25 varchar(27), @Value26 varchar(27), @Value27 varchar(27), @Value28 varchar(27), @Value29 varchar(27), @Value30 varchar(27), @Value31 varchar(27), @Value32 varchar(27), @Value33 varchar(27), @Value34 varchar(27), @Value35 varchar(27), @Value36 varchar(27), @Value37 varchar(27), @Value38 varchar(27), @Value39 varchar(27), @Value40 varchar(27), @Value41 varchar(27), @Value42 varchar(27), @Value43 varchar(27), @Value44 varchar(27), @Value45 varchar(27), @Value46 varchar(27), @Value47 varchar(27), @Value48 varchar(27), @Value49 varchar(27), @Value50 varchar(27), @Value51 varchar(27), @Value52 varchar(27), @Value53 varchar(27), @Value54 varchar(27), @Value55 varchar(27), @Value56 varchar(27), @Value57 varchar(27), @Value58 varchar(27), @Value59 varchar(27), @Value60 varchar(27), @Value61 varchar(27), @Value62 varchar(27), @Value63 varchar(27), @Value64 varchar(27), @Value65 varchar(27), @Value66 varchar(27), @Value67 varchar(27), @Value68 varchar(27), @Value69 varchar(27), @Value70 varchar(27), @Value71 varchar(27), @Value72 varchar(27), @Value73 varchar(27), @Value74 varchar(27), @Value75 varchar(27), @Value76 varchar(27), @Value77 varchar(27), @Value78 varchar(27), @Value79 varchar(27), @Value80 varchar(27), @Value81 varchar(27), @Value82 varchar(27), @Value83 varchar(27), @Value84 varchar(27), @Value85 varchar(27), @Value86 varchar(27), @Value87 varchar(27), @Value88 varchar(27), @Value89 varchar(27), @Value90 varchar(27), @Value91 varchar(27), @Value92 varchar(27), @Value93 varchar(27), @Value94 varchar(27), @Value95 varchar(27), @Value96 varchar(27), @Value97 varchar(27), @Value98 varchar(27), @Value99 varchar(27), @Value100 varchar(27), @Value101 varchar(27), @Value102 varchar(27), @Value103 varchar(27), @Value104 varchar(27), @Value105 varchar(27), @Value106 varchar(27), @Value107 varchar(27), @Value108 varchar(27), @Value109 varchar(27), @Value110 varchar(27), @Value111 varchar(27), @Value112 varchar(27), @Value113 varchar(27), @Value114 varchar(27), @Value115 varchar(27), @Value116 varchar(27), @Value117 varchar(27), @Value118 varchar(27), @Value119 varchar(27), @Value120 varchar(27), @Value121 varchar(27), @Value122 varchar(27), @Value123 varchar(27), @Value124 varchar(27), @Value125 varchar(27), @Value126 varchar(27), @Value127 varchar(27), @Value128 varchar(27), @Value129 varchar(27), @Value130 varchar(27), @Value131 varchar(27), @Value132 varchar(27), @Value133 varchar(27), @Value134 varchar(27), @Value135 varchar(27), @Value136 varchar(27), @Value137 varchar(27), @Value138 varchar(27), @Value139 varchar(27), @Value140 varchar(27), @Value141 varchar(27), @Value142 varchar(27), @Value143 varchar(27), @Value144 varchar(27), @Value145 varchar(27), @Value146 varchar(27), @Value147 varchar(27), @Value148 varchar(27), @Value149 varchar(27), @Value150 varchar(27), @Value151 varchar(27), @Value152 varchar(27), @Value153 varchar(27), @Value154 varchar(27), @Value155 varchar(27), @Value156 varchar(27), @Value157 varchar(27), @Value158 varchar(27), @Value159 varchar(27), @Value160 varchar(27), @Value161 varchar(27), @Value162 varchar(27), @Value163 varchar(27), @Value164 varchar(27), @Value165 varchar(27), @Value166 varchar(27), @Value167 varchar(27), @Value168 varchar(27), @Value169 varchar(27), @Value170 varchar(27), @Value171 varchar(27), @Value172 varchar(27), @Value173 varchar(27), @Value174 varchar(27), @Value175 varchar(27), @Value176 varchar(27), @Value177 varchar(27), @Value178 varchar(27), @Value179 varchar(27), @Value180 varchar(27), @Value181 varchar(27), @Value182 varchar(27), @Value183 varchar(27), @Value184 varchar(27), @Value185 varchar(27), @Value186 varchar(27), @Value187 varchar(27), @Value188 varchar(27), @Value189 varchar(27), @Value190 varchar(27), @Value191 varchar(27), @Value192 varchar(27), @Value193 varchar(27), @Value194 varchar(27), @Value195 varchar(27), @Value196 varchar(27), @Value197 varchar(27), @Value198 varchar(27), @Value199 varchar(27), @Value200 varchar(27), @Value201 varchar(27), @Value202 varchar(27), @Value203 varchar(27), @Value204 varchar(27), @Value205 varchar(27), @Value206 varchar(27), @Value207 varchar(27), @Value208 varchar(27), @Value209 varchar(27), @Value210 varchar(27), @Value211 varchar(27), @Value212 varchar(27), @Value213 varchar(27), @Value214 varchar(27), @Value215 varchar(27), @Value216 varchar(27), @Value217 varchar(27), @Value218 varchar(27), @Value219 varchar(27), @Value220 varchar(27), @Value221 varchar(27), @Value222 varchar(27), @Value223 varchar(27), @Value224 varchar(27), @Value225 varchar(27), @Value226 varchar(27), @Value227 varchar(27), @Value228 varchar(27), @Value229 varchar(27), @Value230 varchar(27), @Value231 varchar(27), @Value232 varchar(27), @Value233 varchar(27), @Value234 varchar(27), @Value235 varchar(27), @Value236 varchar(27), @Value237 varchar(27), @Value238 varchar(27), @Value239 varchar(27), @Value240 varchar(27), @Value241 varchar(27), @Value242 varchar(27), @Value243 varchar(27), @Value244 varchar(27), @Value245 varchar(27), @Value246 varchar(27), @Value247 varchar(27), @Value248 varchar(27), @Value249 varchar(27), @Value250 varchar(27), @Value251 varchar(27), @Value252 varchar(27), @Value253 varchar(27), @Value254 varchar(27), @Value255 varchar(27), @Value256 varchar(27), @Value257 varchar(27), @Value258 varchar(27), @Value259 varchar(27), @Value260 varchar(27), @Value261 varchar(27), @Value262 varchar(27), @Value263 varchar(27), @Value264 varchar(27), @Value265 varchar(27), @Value266 varchar(27), @Value267 varchar(27), @Value268 varchar(27), @Value269 varchar(27), @Value270 varchar(27), @Value271 varchar(27), @Value272 varchar(27), @Value273 varchar(27), @Value274 varchar(27), @Value275 varchar(27), @Value276 varchar(27), @Value277 varchar(27), @Value278 varchar(27), @Value279 varchar(27), @Value280 varchar(27), @Value281 varchar(27), @Value282 varchar(27), @Value283 varchar(27), @Value284 varchar(27), @Value285 varchar(27), @Value286 varchar(27), @Value287 varchar(27), @Value288 varchar(27), @Value289 varchar(27), @Value290 varchar(27), @Value291 varchar(27), @Value292 varchar(27), @Value293 varchar(27), @Value294 varchar(27), @Value295 varchar(27), @Value296 varchar(27), @Value297 varchar(27), @Value298 varchar(27), @Value299 varchar(27), @Value300 varchar(27), @Value301 varchar(27), @Value302 varchar(27), @Value303 varchar(27), @Value304 varchar(27), @Value305 varchar(27), @Value306 varchar(27), @Value307 varchar(27), @Value308 varchar(27), @Value309 varchar(27), @Value310 varchar(27), @Value311 varchar(27), @Value312 varchar(27), @Value313 varchar(27), @Value314 varchar(27), @Value315 varchar(27), @Value316 varchar(27), @Value317 varchar(27), @Value318 varchar(27), @Value319 varchar(27), @Value320 varchar(27), @Value321 varchar(27), @Value322 varchar(27), @Value323 varchar(27), @Value324 varchar(27), @Value325 varchar(27), @Value326 varchar(27), @Value327 varchar(27), @Value328 varchar(27), @Value329 varchar(27), @Value330 varchar(27), @Value331 varchar(27), @Value332 varchar(27), @Value333 varchar(27), @Value334 varchar(27), @Value335 varchar(27), @Value336 varchar(27), @Value337 varchar(27), @Value338 varchar(27), @Value339 varchar(27), @Value340 varchar(27), @Value341 varchar(27), @Value342 varchar(27), @Value343 varchar(27), @Value344 varchar(27), @Value345 varchar(27), @Value346 varchar(27), @Value347 varchar(27), @Value348 varchar(27), @Value349 varchar(27), @Value350 varchar(27), @Value351 varchar(27), @Value352 varchar(27), @Value353 varchar(27), @Value354 varchar(27), @Value355 varchar(27), @Value356 varchar(27), @Value357 varchar(27), @Value358 varchar(27), @Value359 varchar(27), @Value360 varchar(27), @Value361 varchar(27), @Value362 varchar(27), @Value363 varchar(27), @Value364 varchar(27), @Value365 varchar(27), @Value366 varchar(27), @Value367 varchar(27), @Value368 varchar(27), @Value369 varchar(27), @Value370 varchar(27), @Value371 varchar(27), @Value372 varchar(27), @Value373 varchar(27), @Value374 varchar(27), @Value375 varchar(27), @Value376 varchar(27), @Value377 varchar(27), @Value378 varchar(27), @Value379 varchar(27), @Value380 varchar(27), @Value381 varchar(27), @Value382 varchar(27), @Value383 varchar(27), @Value384 varchar(27), @Value385 varchar(27), @Value386 varchar(27), @Value387 varchar(27), @Value388 varchar(27), @Value389 varchar(27), @Value390 varchar(27), @Value391 varchar(27), @Value392 varchar(27), @Value393 varchar(27), @Value394 varchar(27), @Value395 varchar(27), @Value396 varchar(27), @Value397 varchar(27), @Value398 varchar(27), @Value399 varchar(27), @Value400 varchar(27), @Value401 varchar(27), @Value402 varchar(27), @Value403 varchar(27), @Value404 varchar(27), @Value405 varchar(27), @Value406 varchar(27), @Value407 varchar(27), @Value408 varchar(27), @Value409 varchar(27), @Value410 varchar(27), @Value411 varchar(27), @Value412 varchar(27), @Value413 varchar(27), @Value414 varchar(27), @Value415 varchar(27), @Value416 varchar(27), @Value417 varchar(27), @Value418 varchar(27), @Value419 varchar(27), @Value420 varchar(27), @Value421 varchar(27), @Value422 varchar(27), @Value423 varchar(27), @Value424 varchar(27), @Value425 varchar(27), @Value426 varchar(27), @Value427 varchar(27), @Value428 varchar(27), @Value429 varchar(27), @Value430 varchar(27), @Value431 varchar(27), @Value432 varchar(27), @Value433 varchar(27), @Value434 varchar(27), @Value435 varchar(27), @Value436 varchar(27), @Value437 varchar(27), @Value438 varchar(27), @Value439 varchar(27), @Value440 varchar(27), @Value441 varchar(27), @Value442 varchar(27), @Value443 varchar(27), @Value444 varchar(27), @Value445 varchar(27), @Value446 varchar(27), @Value447 varchar(27), @Value448 varchar(27), @Value449 varchar(27), @Value450 varchar(27), @Value451 varchar(27), @Value452 varchar(27), @Value453 varchar(27), @Value454 varchar(27), @Value455 varchar(27), @Value456 varchar(27), @Value457 varchar(27), @Value458 varchar(27), @Value459 varchar(27), @Value460 varchar(27), @Value461 varchar(27), @Value462 varchar(27), @Value463 varchar(27), @Value464 varchar(27), @Value465 varchar(27), @Value466 varchar(27), @Value467 varchar(27), @Value468 varchar(27), @Value469 varchar(27), @Value470 varchar(27), @Value471 varchar(27), @Value472 varchar(27), @Value473 varchar(27), @Value474 varchar(27), @Value475 varchar(27), @Value476 varchar(27), @Value477 varchar(27), @Value478 varchar(27), @Value479 varchar(27), @Value480 varchar(27), @Value481 varchar(27), @Value482 varchar(27), @Value483 varchar(27), @Value484 varchar(27), @Value485 varchar(27), @Value486 varchar(27), @Value487 varchar(27), @Value488 varchar(27), @Value489 varchar(27), @Value490 varchar(27), @Value491 varchar(27), @Value492 varchar(27), @Value493 varchar(27), @Value494 varchar(27), @Value495 varchar(27), @Value496 varchar(27), @Value497 varchar(27), @Value498 varchar(27), @Value499 varchar(27), @Value500 varchar(27), @Value501 varchar(27), @Value502 varchar(27), @Value503 varchar(27), @Value2100 bigint, @Value2101 bigint, @Value2102 bigint, @Value2103 bigint, @Value2104 bigint, @Value2105 bigint, @Value2106 bigint, @Value2107 bigint, @Value2108 bigint, @Value2109 bigint, @Value2110 bigint, @Value2111 bigint, @Value2112 bigint, @Value2113 bigint, @Value2114 bigint, @Value2115 bigint, @Value2116 bigint, @Value2117 bigint, @Value2118 bigint, @Value2119 bigint, @Value2120 bigint, @Value2121 bigint, @Value2122 bigint, @Value2123 bigint, @Value2124 bigint, @Value2125 bigint, @Value2126 bigint, @Value2127 bigint, @Value2128 bigint, @Value2129 bigint, @Value2130 bigint, @Value2131 bigint, @Value2132 bigint, @Value2133 bigint, @Value2134 bigint, @Value2135 bigint, @Value2136 bigint, @Value2137 bigint, @Value2138 bigint, @Value2139 bigint, @Value2140 bigint, @Value2141 bigint, @Value2142 bigint, @Value2143 bigint, @Value2144 bigint, @Value2145 bigint, @Value2146 bigint, @Value2147 bigint, @Value2148 bigint, @Value2149 bigint, @Value2150 bigint, @Value2151 bigint, @Value2152 bigint, @Value2153 bigint, @Value2154 bigint, @Value2155 bigint, @Value2156 bigint, @Value2157 bigint, @Value2158 bigint, @Value2159 bigint, @Value2160 bigint, @Value2161 bigint, @Value2162 bigint, @Value2163 bigint, @Value2164 bigint, @Value2165 bigint, @Value2166 bigint, @Value2167 bigint, @Value2168 bigint, @Value2169 bigint, @Value2170 bigint, @Value2171 bigint, @Value2172 bigint, @Value2173 bigint, @Value2174 bigint, @Value2175 bigint, @Value2176 bigint, @Value2177 bigint, @Value2178 bigint, @Value2179 bigint, @Value2180 bigint, @Value2181 bigint, @Value2182 bigint, @Value2183 bigint, @Value2184 bigint, @Value2185 bigint, @Value2186 bigint, @Value2187 bigint, @Value2188 bigint, @Value2189 bigint, @Value2190 bigint, @Value2191 bigint, @Value2192 bigint, @Value2193 bigint, @Value2194 bigint, @Value2195 bigint, @Value2196 bigint, @Value2197 bigint, @Value2198 bigint, @Value2199 bigint, @Value2200 bigint, @Value2201 bigint, @Value2202 bigint, @Value2203 bigint, @Value2204 bigint, @Value2205 bigint, @Value2206 bigint, @Value2207 bigint, @Value2208 bigint, @Value2209 bigint, @Value2210 bigint, @Value2211 bigint, @Value2212 bigint, @Value2213 bigint, @Value2214 bigint, @Value2215 bigint, @Value2216 bigint, @Value2217 bigint, @Value2218 bigint, @Value2219 bigint, @Value2220 bigint, @Value2221 bigint, @Value2222 bigint, @Value2223 bigint, @Value2224 bigint, @Value2225 bigint, @Value2226 bigint, @Value2227 bigint, @Value2228 bigint, @Value2229 bigint, @Value2230 bigint, @Value2231 bigint, @Value2232 bigint, @Value2233 bigint, @Value2234 bigint, @Value2235 bigint, @Value2236 bigint, @Value2237 bigint, @Value2238 bigint, @Value2239 bigint, @Value2240 bigint, @Value2241 bigint, @Value2242 bigint, @Value2243 bigint, @Value2244 bigint, @Value2245 bigint, @Value2246 bigint, @Value2247 bigint, @Value2248 bigint, @Value2249 bigint, @Value2250 bigint, @Value2251 bigint, @Value2252 bigint, @Value2253 bigint, @Value2254 bigint, @Value2255 bigint, @Value2256 bigint, @Value2257 bigint, @Value2258 bigint, @Value2259 bigint, @Value2260 bigint, @Value2261 bigint, @Value2262 bigint, @Value2263 bigint, @Value2264 bigint, @Value2265 bigint, @Value2266 bigint, @Value2267 bigint, @Value2268 bigint, @Value2269 bigint, @Value2270 bigint, @Value2271 bigint, @Value2272 bigint, @Value2273 bigint, @Value2274 bigint, @Value2275 bigint, @Value2276 bigint, @Value2277 bigint, @Value2278 bigint, @Value2279 bigint, @Value2280 bigint, @Value2281 bigint, @Value2282 bigint, @Value2283 bigint, @Value2284 bigint, @Value2285 bigint, @Value2286 bigint, @Value2287 bigint, @Value2288 bigint, @Value2289 bigint, @Value2290 bigint, @Value2291 bigint, @Value2292 bigint, @Value2293 bigint, @Value2294 bigint, @Value2295 bigint, @Value2296 bigint, @Value2297 bigint, @Value2298 bigint, @Value2299 bigint, @Value2300 bigint, @Value2301 bigint, @Value2302 bigint, @Value2303 bigint, @Value2304 bigint, @Value2305 bigint, @Value2306 bigint, @Value2307 bigint, @Value2308 bigint, @Value2309 bigint, @Value2310 bigint, @Value2311 bigint, @Value2312 bigint, @Value2313 bigint, @Value2314 bigint, @Value2315 bigint, @Value2316 bigint, @Value2317 bigint, @Value2318 bigint, @Value2319 bigint, @Value2320 bigint, @Value2321 bigint, @Value2322 bigint, @Value2323 bigint, @Value2324 bigint, @Value2325 bigint, @Value2326 bigint, @Value2327 bigint, @Value2328 bigint, @Value2329 bigint, @Value2330 bigint, @Value2331 bigint, @Value2332 bigint, @Value2333 bigint, @Value2334 bigint, @Value2335 bigint, @Value2336 bigint, @Value2337 bigint, @Value2338 bigint, @Value2339 bigint, @Value2340 bigint, @Value2341 bigint, @Value2342 bigint, @Value2343 bigint, @Value2344 bigint, @Value2345 bigint, @Value2346 bigint, @Value2347 bigint, @Value2348 bigint, @Value2349 bigint, @Value2350 bigint, @Value2351 bigint, @Value2352 bigint, @Value2353 bigint, @Value2354 bigint, @Value2355 bigint, @Value2356 bigint, @Value2357 bigint, @Value2358 bigint, @Value2359 bigint, @Value2360 bigint, @Value2361 bigint, @Value2362 bigint, @Value2363 bigint, @Value2364 bigint, @Value2365 bigint, @Value2366 bigint, @Value2367 bigint, @Value2368 bigint, @Value2369 bigint, @Value2370 bigint, @Value2371 bigint, @Value2372 bigint, @Value2373 bigint, @Value2374 bigint, @Value2375 bigint, @Value2376 bigint, @Value2377 bigint, @Value2378 bigint, @Value2379 bigint, @Value2380 bigint, @Value2381 bigint, @Value2382 bigint, @Value2383 bigint, @Value2384 bigint, @Value2385 bigint, @Value2386 bigint, @Value2387 bigint, @Value2388 bigint, @Value2389 bigint, @Value2390 bigint, @Value2391 bigint, @Value2392 bigint, @Value2393 bigint, @Value2394 bigint, @Value2395 bigint, @Value2396 bigint, @Value2397 bigint, @Value2398 bigint, @Value2399 bigint, @Value2400 bigint, @Value2401 bigint, @Value2402 bigint, @Value2403 bigint, @Value2404 bigint, @Value2405 bigint, @Value2406 bigint, @Value2407 bigint, @Value2408 bigint, @Value2409 bigint, @Value2410 bigint, @Value2411 bigint, @Value2412 bigint, @Value2413 bigint, @Value2414 bigint, @Value2415 bigint, @Value2416 bigint, @Value2417 bigint, @Value2418 bigint, @Value2419 bigint, @Value2420 bigint, @Value2421 bigint, @Value2422 bigint, @Value2423 bigint, @Value2424 bigint, @Value2425 bigint, @Value2426 bigint, @Value2427 bigint, @Value2428 bigint, @Value2429 bigint, @Value2430 bigint, @Value2431 bigint, @Value2432 bigint, @Value2433 bigint, @Value2434 bigint, @Value2435 bigint, @Value2436 bigint, @Value2437 bigint, @Value2438 bigint, @Value2439 bigint, @Value2440 bigint, @Value2441 bigint, @Value2442 bigint, @Value2443 bigint, @Value2444 bigint, @Value2445 bigint, @Value2446 bigint, @Value2447 bigint, @Value2448 bigint, @Value2449 bigint, @Value2450 bigint, @Value2451 bigint, @Value2452 bigint, @Value2453 bigint, @Value2454 bigint, @Value2455 bigint, @Value2456 bigint, @Value2457 bigint, @Value2458 bigint, @Value2459 bigint, @Value2460 bigint, @Value2461 bigint, @Value2462 bigint, @Value2463 bigint, @Value2464 bigint, @Value2465 bigint, @Value2466 bigint, @Value2467 bigint, @Value2468 bigint, @Value2469 bigint, @Value2470 bigint, @Value2471 bigint, @Value2472 bigint, @Value2473 bigint, @Value2474 bigint, @Value2475 bigint, @Value2476 bigint, @Value2477 bigint, @Value2478 bigint, @Value2479 bigint, @Value2480 bigint, @Value2481 bigint, @Value2482 bigint, @Value2483 bigint, @Value2484 bigint, @Value2485 bigint, @Value2486 bigint, @Value2487 bigint, @Value2488 bigint, @Value2489 bigint, @Value2490 bigint, @Value2491 bigint, @Value2492 bigint, @Value2493 bigint, @Value2494 bigint, @Value2495 bigint, @Value2496 bigint, @Value2497 bigint, @Value2498 bigint, @Value2499 bigint, @Value2500 bigint, @Value2501 bigint, @Value2502 bigint, @Value2503 bigint, @Value2504 bigint, @Value2505 bigint, @Value2506 bigint, @Value2507 bigint, @Value2508 bigint, @Value2509 bigint, @Value2510 bigint, @Value2511 bigint, @Value2512 bigint, @Value2513 bigint, @Value2514 bigint, @Value2515 bigint, @Value2516 bigint, @Value2517 bigint, @Value2518 bigint, @Value2519 bigint, @Value2520 bigint, @Value2521 bigint, @Value2522 bigint, @Value2523 bigint, @Value2524 bigint, @Value2525 bigint, @Value2526 bigint, @Value2527 bigint, @Value2528 bigint, @Value2529 bigint, @Value2530 bigint, @Value2531 bigint, @Value2532 bigint, @Value2533 bigint, @Value2534 bigint, @Value2535 bigint, @Value2536 bigint, @Value2537 bigint, @Value2538 bigint, @Value2539 bigint, @Value2540 bigint, @Value2541 bigint, @Value2542 bigint, @Value2543 bigint, @Value2544 bigint, @Value2545 bigint, @Value2546 bigint, @Value2547 bigint, @Value2548 bigint, @Value2549 bigint, @Value2550 bigint, @Value2551 bigint, @Value2552 bigint, @Value2553 bigint, @Value2554 bigint, @Value2555 bigint, @Value2556 bigint, @Value2557 bigint, @Value2558 bigint, @Value2559 bigint, @Value2560 bigint, @Value2561 bigint, @Value2562 bigint, @Value2563 bigint, @Value2564 bigint, @Value2565 bigint, @Value2566 bigint, @Value2567 bigint, @Value2568 bigint, @Value2569 bigint, @Value2570 bigint, @Value2571 bigint, @Value2572 bigint, @Value2573 bigint, @Value2574 bigint, @Value2575 bigint, @Value2576 bigint, @Value2577 bigint, @Value2578 bigint, @Value2579 bigint, @Value2580 bigint, @Value2581 bigint, @Value2582 bigint, @Value2583 bigint, @Value2584 bigint, @Value2585 bigint, @Value2586 bigint, @Value2587 bigint, @Value2588 bigint, @Value2589 bigint, @Value2590 bigint, @Value2591 bigint, @Value2592 bigint, @Value2593 bigint, @Value2594 bigint, @Value2595 bigint, @Value2596 bigint, @Value2597 bigint, @Value2598 bigint, @Value2599 bigint, @Value3 varchar(27), @Value6 bigint;
SELECT TOP(11) [o].[CustomerId], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OrderId] NOT IN (@Value1, @Value4, @Value5, @Value7, @Value8, @Value9, @Value10, @Value11, @Value12, @Value13, @Value14, @Value15, @Value16, @Value17, @Value18, @Value19, @Value20, @Value21, @Value22, @Value23, @Value24, @Value25, @Value26, @Value27, @Value28, @Value29, @Value30, @Value31, @Value32, @Value33, @Value34, @Value35, @Value36, @Value37, @Value38, @Value39, @Value40, @Value41, @Value42, @Value43, @Value44, @Value45, @Value46, @Value47, @Value48, @Value49, @Value50, @Value51, @Value52, @Value53, @Value54, @Value55, @Value56, @Value57, @Value58, @Value59, @Value60, @Value61, @Value62, @Value63, @Value64, @Value65, @Value66, @Value67, @Value68, @Value69, @Value70, @Value71, @Value72, @Value73, @Value74, @Value75, @Value76, @Value77, @Value78, @Value79, @Value80, @Value81, @Value82, @Value83, @Value84, @Value85, @Value86, @Value87, @Value88, @Value89, @Value90, @Value91, @Value92, @Value93, @Value94, @Value95, @Value96, @Value97, @Value98, @Value99, @Value100, @Value101, @Value102, @Value103, @Value104, @Value105, @Value106, @Value107, @Value108, @Value109, @Value110, @Value111, @Value112, @Value113, @Value114, @Value115, @Value116, @Value117, @Value118, @Value119, @Value120, @Value121, @Value122, @Value123, @Value124, @Value125, @Value126, @Value127, @Value128, @Value129, @Value130, @Value131, @Value132, @Value133, @Value134, @Value135, @Value136, @Value137, @Value138, @Value139, @Value140, @Value141, @Value142, @Value143, @Value144, @Value145, @Value146, @Value147, @Value148, @Value149, @Value150, @Value151, @Value152, @Value153, @Value154, @Value155, @Value156, @Value157, @Value158, @Value159, @Value160, @Value161, @Value162, @Value163, @Value164, @Value165, @Value166, @Value167, @Value168, @Value169, @Value170, @Value171, @Value172, @Value173, @Value174, @Value175, @Value176, @Value177, @Value178, @Value179, @Value180, @Value181, @Value182, @Value183, @Value184, @Value185, @Value186, @Value187, @Value188, @Value189, @Value190, @Value191, @Value192, @Value193, @Value194, @Value195, @Value196, @Value197, @Value198, @Value199, @Value200, @Value201, @Value202, @Value203, @Value204, @Value205, @Value206, @Value207, @Value208, @Value209, @Value210, @Value211, @Value212, @Value213, @Value214, @Value215, @Value216, @Value217, @Value218, @Value219, @Value220, @Value221, @Value222, @Value223, @Value224, @Value225, @Value226, @Value227, @Value228, @Value229, @Value230, @Value231, @Value232, @Value233, @Value234, @Value235, @Value236, @Value237, @Value238, @Value239, @Value240, @Value241, @Value242, @Value243, @Value244, @Value245, @Value246, @Value247, @Value248, @Value249, @Value250, @Value251, @Value252, @Value253, @Value254, @Value255, @Value256, @Value257, @Value258, @Value259, @Value260, @Value261, @Value262, @Value263, @Value264, @Value265, @Value266, @Value267, @Value268, @Value269, @Value270, @Value271, @Value272, @Value273, @Value274, @Value275, @Value276, @Value277, @Value278, @Value279, @Value280, @Value281, @Value282, @Value283, @Value284, @Value285, @Value286, @Value287, @Value288, @Value289, @Value290, @Value291, @Value292, @Value293, @Value294, @Value295, @Value296, @Value297, @Value298, @Value299, @Value300, @Value301, @Value302, @Value303, @Value304, @Value305, @Value306, @Value307, @Value308, @Value309, @Value310, @Value311, @Value312, @Value313, @Value314, @Value315, @Value316, @Value317, @Value318, @Value319, @Value320, @Value321, @Value322, @Value323, @Value324, @Value325, @Value326, @Value327, @Value328, @Value329, @Value330, @Value331, @Value332, @Value333, @Value334, @Value335, @Value336, @Value337, @Value338, @Value339, @Value340, @Value341, @Value342, @Value343, @Value344, @Value345, @Value346, @Value347, @Value348, @Value349, @Value350, @Value351, @Value352, @Value353, @Value354, @Value355, @Value356, @Value357, @Value358, @Value359, @Value360, @Value361, @Value362, @Value363, @Value364, @Value365, @Value366, @Value367, @Value368, @Value369, @Value370, @Value371, @Value372, @Value373, @Value374, @Value375, @Value376, @Value377, @Value378, @Value379, @Value380, @Value381, @Value382, @Value383, @Value384, @Value385, @Value386, @Value387, @Value388, @Value389, @Value390, @Value391, @Value392, @Value393, @Value394, @Value395, @Value396, @Value397, @Value398, @Value399, @Value400, @Value401, @Value402, @Value403, @Value404, @Value405, @Value406, @Value407, @Value408, @Value409, @Value410, @Value411, @Value412, @Value413, @Value414, @Value415, @Value416, @Value417, @Value418, @Value419, @Value420, @Value421, @Value422, @Value423, @Value424, @Value425, @Value426, @Value427, @Value428, @Value429, @Value430, @Value431, @Value432, @Value433, @Value434, @Value435, @Value436, @Value437, @Value438, @Value439, @Value440, @Value441, @Value442, @Value443, @Value444, @Value445, @Value446, @Value447, @Value448, @Value449, @Value450, @Value451, @Value452, @Value453, @Value454, @Value455, @Value456, @Value457, @Value458, @Value459, @Value460, @Value461, @Value462, @Value463, @Value464, @Value465, @Value466, @Value467, @Value468, @Value469, @Value470, @Value471, @Value472, @Value473, @Value474, @Value475, @Value476, @Value477, @Value478, @Value479, @Value480, @Value481, @Value482, @Value483, @Value484, @Value485, @Value486, @Value487, @Value488, @Value489, @Value490, @Value491, @Value492, @Value493, @Value494, @Value495, @Value496, @Value497, @Value498, @Value499, @Value500, @Value501, @Value502, @Value503) OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value4, @Value5, @Value7, @Value8, @Value9, @Value10, @Value11, @Value12, @Value13, @Value14, @Value15, @Value16, @Value17, @Value18, @Value19, @Value20, @Value21, @Value22, @Value23, @Value24, @Value25, @Value26, @Value27, @Value28, @Value29, @Value30, @Value31, @Value32, @Value33, @Value34, @Value35, @Value36, @Value37, @Value38, @Value39, @Value40, @Value41, @Value42, @Value43, @Value44, @Value45, @Value46, @Value47, @Value48, @Value49, @Value50, @Value51, @Value52, @Value53, @Value54, @Value55, @Value56, @Value57, @Value58, @Value59, @Value60, @Value61, @Value62, @Value63, @Value64, @Value65, @Value66, @Value67, @Value68, @Value69, @Value70, @Value71, @Value72, @Value73, @Value74, @Value75, @Value76, @Value77, @Value78, @Value79, @Value80, @Value81, @Value82, @Value83, @Value84, @Value85, @Value86, @Value87, @Value88, @Value89, @Value90, @Value91, @Value92, @Value93, @Value94, @Value95, @Value96, @Value97, @Value98, @Value99, @Value100, @Value101, @Value102, @Value103, @Value104, @Value105, @Value106, @Value107, @Value108, @Value109, @Value110, @Value111, @Value112, @Value113, @Value114, @Value115, @Value116, @Value117, @Value118, @Value119, @Value120, @Value121, @Value122, @Value123, @Value124, @Value125, @Value126, @Value127, @Value128, @Value129, @Value130, @Value131, @Value132, @Value133, @Value134, @Value135, @Value136, @Value137, @Value138, @Value139, @Value140, @Value141, @Value142, @Value143, @Value144, @Value145, @Value146, @Value147, @Value148, @Value149, @Value150, @Value151, @Value152, @Value153, @Value154, @Value155, @Value156, @Value157, @Value158, @Value159, @Value160, @Value161, @Value162, @Value163, @Value164, @Value165, @Value166, @Value167, @Value168, @Value169, @Value170, @Value171, @Value172, @Value173, @Value174, @Value175, @Value176, @Value177, @Value178, @Value179, @Value180, @Value181, @Value182, @Value183, @Value184, @Value185, @Value186, @Value187, @Value188, @Value189, @Value190, @Value191, @Value192, @Value193, @Value194, @Value195, @Value196, @Value197, @Value198, @Value199, @Value200, @Value201, @Value202, @Value203, @Value204, @Value205, @Value206, @Value207, @Value208, @Value209, @Value210, @Value211, @Value212, @Value213, @Value214, @Value215, @Value216, @Value217, @Value218, @Value219, @Value220, @Value221, @Value222, @Value223, @Value224, @Value225, @Value226, @Value227, @Value228, @Value229, @Value230, @Value231, @Value232, @Value233, @Value234, @Value235, @Value236, @Value237, @Value238, @Value239, @Value240, @Value241, @Value242, @Value243, @Value244, @Value245, @Value246, @Value247, @Value248, @Value249, @Value250, @Value251, @Value252, @Value253, @Value254, @Value255, @Value256, @Value257, @Value258, @Value259, @Value260, @Value261, @Value262, @Value263, @Value264, @Value265, @Value266, @Value267, @Value268, @Value269, @Value270, @Value271, @Value272, @Value273, @Value274, @Value275, @Value276, @Value277, @Value278, @Value279, @Value280, @Value281, @Value282, @Value283, @Value284, @Value285, @Value286, @Value287, @Value288, @Value289, @Value290, @Value291, @Value292, @Value293, @Value294, @Value295, @Value296, @Value297, @Value298, @Value299, @Value300, @Value301, @Value302, @Value303, @Value304, @Value305, @Value306, @Value307, @Value308, @Value309, @Value310, @Value311, @Value312, @Value313, @Value314, @Value315, @Value316, @Value317, @Value318, @Value319, @Value320, @Value321, @Value322, @Value323, @Value324, @Value325, @Value326, @Value327, @Value328, @Value329, @Value330, @Value331, @Value332, @Value333, @Value334, @Value335, @Value336, @Value337, @Value338, @Value339, @Value340, @Value341, @Value342, @Value343, @Value344, @Value345, @Value346, @Value347, @Value348, @Value349, @Value350, @Value351, @Value352, @Value353, @Value354, @Value355, @Value356, @Value357, @Value358, @Value359, @Value360, @Value361, @Value362, @Value363, @Value364, @Value365, @Value366, @Value367, @Value368, @Value369, @Value370, @Value371, @Value372, @Value373, @Value374, @Value375, @Value376, @Value377, @Value378, @Value379, @Value380, @Value381, @Value382, @Value383, @Value384, @Value385, @Value386, @Value387, @Value388, @Value389, @Value390, @Value391, @Value392, @Value393, @Value394, @Value395, @Value396, @Value397, @Value398, @Value399, @Value400, @Value401, @Value402, @Value403, @Value404, @Value405, @Value406, @Value407, @Value408, @Value409, @Value410, @Value411, @Value412, @Value413, @Value414, @Value415, @Value416, @Value417, @Value418, @Value419, @Value420, @Value421, @Value422, @Value423, @Value424, @Value425, @Value426, @Value427, @Value428, @Value429, @Value430, @Value431, @Value432, @Value433, @Value434, @Value435, @Value436, @Value437, @Value438, @Value439, @Value440, @Value441, @Value442, @Value443, @Value444, @Value445, @Value446, @Value447, @Value448, @Value449, @Value450, @Value451, @Value452, @Value453, @Value454, @Value455, @Value456, @Value457, @Value458, @Value459, @Value460, @Value461, @Value462, @Value463, @Value464, @Value465, @Value466, @Value467, @Value468, @Value469, @Value470, @Value471, @Value472, @Value473, @Value474, @Value475, @Value476, @Value477, @Value478, @Value479, @Value480, @Value481, @Value482, @Value483, @Value484, @Value485, @Value486, @Value487, @Value488, @Value489, @Value490, @Value491, @Value492, @Value493, @Value494, @Value495, @Value496, @Value497, @Value498, @Value499, @Value500, @Value501, @Value502, @Value503)) AND [o].[Amount] IN (@Value2100, @Value2101, @Value2102, @Value2103, @Value2104, @Value2105, @Value2106, @Value2107, @Value2108, @Value2109, @Value2110, @Value2111, @Value2112, @Value2113, @Value2114, @Value2115, @Value2116, @Value2117, @Value2118, @Value2119, @Value2120, @Value2121, @Value2122, @Value2123, @Value2124, @Value2125, @Value2126, @Value2127, @Value2128, @Value2129, @Value2130, @Value2131, @Value2132, @Value2133, @Value2134, @Value2135, @Value2136, @Value2137, @Value2138, @Value2139, @Value2140, @Value2141, @Value2142, @Value2143, @Value2144, @Value2145, @Value2146, @Value2147, @Value2148, @Value2149, @Value2150, @Value2151, @Value2152, @Value2153, @Value2154, @Value2155, @Value2156, @Value2157, @Value2158, @Value2159, @Value2160, @Value2161, @Value2162, @Value2163, @Value2164, @Value2165, @Value2166, @Value2167, @Value2168, @Value2169, @Value2170, @Value2171, @Value2172, @Value2173, @Value2174, @Value2175, @Value2176, @Value2177, @Value2178, @Value2179, @Value2180, @Value2181, @Value2182, @Value2183, @Value2184, @Value2185, @Value2186, @Value2187, @Value2188, @Value2189, @Value2190, @Value2191, @Value2192, @Value2193, @Value2194, @Value2195, @Value2196, @Value2197, @Value2198, @Value2199, @Value2200, @Value2201, @Value2202, @Value2203, @Value2204, @Value2205, @Value2206, @Value2207, @Value2208, @Value2209, @Value2210, @Value2211, @Value2212, @Value2213, @Value2214, @Value2215, @Value2216, @Value2217, @Value2218, @Value2219, @Value2220, @Value2221, @Value2222, @Value2223, @Value2224, @Value2225, @Value2226, @Value2227, @Value2228, @Value2229, @Value2230, @Value2231, @Value2232, @Value2233, @Value2234, @Value2235, @Value2236, @Value2237, @Value2238, @Value2239, @Value2240, @Value2241, @Value2242, @Value2243, @Value2244, @Value2245, @Value2246, @Value2247, @Value2248, @Value2249, @Value2250, @Value2251, @Value2252, @Value2253, @Value2254, @Value2255, @Value2256, @Value2257, @Value2258, @Value2259, @Value2260, @Value2261, @Value2262, @Value2263, @Value2264, @Value2265, @Value2266, @Value2267, @Value2268, @Value2269, @Value2270, @Value2271, @Value2272, @Value2273, @Value2274, @Value2275, @Value2276, @Value2277, @Value2278, @Value2279, @Value2280, @Value2281, @Value2282, @Value2283, @Value2284, @Value2285, @Value2286, @Value2287, @Value2288, @Value2289, @Value2290, @Value2291, @Value2292, @Value2293, @Value2294, @Value2295, @Value2296, @Value2297, @Value2298, @Value2299, @Value2300, @Value2301, @Value2302, @Value2303, @Value2304, @Value2305, @Value2306, @Value2307, @Value2308, @Value2309, @Value2310, @Value2311, @Value2312, @Value2313, @Value2314, @Value2315, @Value2316, @Value2317, @Value2318, @Value2319, @Value2320, @Value2321, @Value2322, @Value2323, @Value2324, @Value2325, @Value2326, @Value2327, @Value2328, @Value2329, @Value2330, @Value2331, @Value2332, @Value2333, @Value2334, @Value2335, @Value2336, @Value2337, @Value2338, @Value2339, @Value2340, @Value2341, @Value2342, @Value2343, @Value2344, @Value2345, @Value2346, @Value2347, @Value2348, @Value2349, @Value2350, @Value2351, @Value2352, @Value2353, @Value2354, @Value2355, @Value2356, @Value2357, @Value2358, @Value2359, @Value2360, @Value2361, @Value2362, @Value2363, @Value2364, @Value2365, @Value2366, @Value2367, @Value2368, @Value2369, @Value2370, @Value2371, @Value2372, @Value2373, @Value2374, @Value2375, @Value2376, @Value2377, @Value2378, @Value2379, @Value2380, @Value2381, @Value2382, @Value2383, @Value2384, @Value2385, @Value2386, @Value2387, @Value2388, @Value2389, @Value2390, @Value2391, @Value2392, @Value2393, @Value2394, @Value2395, @Value2396, @Value2397, @Value2398, @Value2399, @Value2400, @Value2401, @Value2402, @Value2403, @Value2404, @Value2405, @Value2406, @Value2407, @Value2408, @Value2409, @Value2410, @Value2411, @Value2412, @Value2413, @Value2414, @Value2415, @Value2416, @Value2417, @Value2418, @Value2419, @Value2420, @Value2421, @Value2422, @Value2423, @Value2424, @Value2425, @Value2426, @Value2427, @Value2428, @Value2429, @Value2430, @Value2431, @Value2432, @Value2433, @Value2434, @Value2435, @Value2436, @Value2437, @Value2438, @Value2439, @Value2440, @Value2441, @Value2442, @Value2443, @Value2444, @Value2445, @Value2446, @Value2447, @Value2448, @Value2449, @Value2450, @Value2451, @Value2452, @Value2453, @Value2454, @Value2455, @Value2456, @Value2457, @Value2458, @Value2459, @Value2460, @Value2461, @Value2462, @Value2463, @Value2464, @Value2465, @Value2466, @Value2467, @Value2468, @Value2469, @Value2470, @Value2471, @Value2472, @Value2473, @Value2474, @Value2475, @Value2476, @Value2477, @Value2478, @Value2479, @Value2480, @Value2481, @Value2482, @Value2483, @Value2484, @Value2485, @Value2486, @Value2487, @Value2488, @Value2489, @Value2490, @Value2491, @Value2492, @Value2493, @Value2494, @Value2495, @Value2496, @Value2497, @Value2498, @Value2499, @Value2500, @Value2501, @Value2502, @Value2503, @Value2504, @Value2505, @Value2506, @Value2507, @Value2508, @Value2509, @Value2510, @Value2511, @Value2512, @Value2513, @Value2514, @Value2515, @Value2516, @Value2517, @Value2518, @Value2519, @Value2520, @Value2521, @Value2522, @Value2523, @Value2524, @Value2525, @Value2526, @Value2527, @Value2528, @Value2529, @Value2530, @Value2531, @Value2532, @Value2533, @Value2534, @Value2535, @Value2536, @Value2537, @Value2538, @Value2539, @Value2540, @Value2541, @Value2542, @Value2543, @Value2544, @Value2545, @Value2546, @Value2547, @Value2548, @Value2549, @Value2550, @Value2551, @Value2552, @Value2553, @Value2554, @Value2555, @Value2556, @Value2557, @Value2558, @Value2559, @Value2560, @Value2561, @Value2562, @Value2563, @Value2564, @Value2565, @Value2566, @Value2567, @Value2568, @Value2569, @Value2570, @Value2571, @Value2572, @Value2573, @Value2574, @Value2575, @Value2576, @Value2577, @Value2578, @Value2579, @Value2580, @Value2581, @Value2582, @Value2583, @Value2584, @Value2585, @Value2586, @Value2587, @Value2588, @Value2589, @Value2590, @Value2591, @Value2592, @Value2593, @Value2594, @Value2595, @Value2596, @Value2597, @Value2598, @Value2599) AND [o].[CustomerId] <= @Value3 AND ([o].[CustomerId] < @Value3 OR [o].[CustomerId] IS NULL OR ([o].[CustomerId] = @Value3 AND [o].[Id] < @Value6))
ORDER BY [o].[CustomerId] DESC, [o].[Id] DESC
GO

-- orders where in-lists fill the filter budget (1,000 values)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(27), @Value3 varchar(27), @Value4 varchar(27), @Value5 varchar(27), @Value6 varchar(27), @Value7 varchar(27), @Value8 varchar(27), @Value9 varchar(27), @Value10 varchar(27), @Value11 varchar(27), @Value12 varchar(27), @Value13 varchar(27), @Value14 varchar(27), @Value15 varchar(27), @Value16 varchar(27), @Value17 varchar(27), @Value18 varchar(27), @Value19 varchar(27), @Value20 varchar(27), @Value21 varchar(27), @Value22 varchar(27), @Value23 varchar(27), @Value24 varchar(27), @Value25 varchar(27), @Value26 varchar(27), @Value27 varchar(27), @Value28 varchar(27), @Value29 varchar(27), @Value30 varchar(27), @Value31 varchar(27), @Value32 varchar(27), @Value33 varchar(27), @Value34 varchar(27), @Value35 varchar(27), @Value36 varchar(27), @Value37 varchar(27), @Value38 varchar(27), @Value39 varchar(27), @Value40 varchar(27), @Value41 varchar(27), @Value42 varchar(27), @Value43 varchar(27), @Value44 varchar(27), @Value45 varchar(27), @Value46 varchar(27), @Value47 varchar(27), @Value48 varchar(27), @Value49 varchar(27), @Value50 varchar(27), @Value51 varchar(27), @Value52 varchar(27), @Value53 varchar(27), @Value54 varchar(27), @Value55 varchar(27), @Value56 varchar(27), @Value57 varchar(27), @Value58 varchar(27), @Value59 varchar(27), @Value60 varchar(27), @Value61 varchar(27), @Value62 varchar(27), @Value63 varchar(27), @Value64 varchar(27), @Value65 varchar(27), @Value66 varchar(27), @Value67 varchar(27), @Value68 varchar(27), @Value69 varchar(27), @Value70 varchar(27), @Value71 varchar(27), @Value72 varchar(27), @Value73 varchar(27), @Value74 varchar(27), @Value75 varchar(27), @Value76 varchar(27), @Value77 varchar(27), @Value78 varchar(27), @Value79 varchar(27), @Value80 varchar(27), @Value81 varchar(27), @Value82 varchar(27), @Value83 varchar(27), @Value84 varchar(27), @Value85 varchar(27), @Value86 varchar(27), @Value87 varchar(27), @Value88 varchar(27), @Value89 varchar(27), @Value90 varchar(27), @Value91 varchar(27), @Value92 varchar(27), @Value93 varchar(27), @Value94 varchar(27), @Value95 varchar(27), @Value96 varchar(27), @Value97 varchar(27), @Value98 varchar(27), @Value99 varchar(27), @Value100 varchar(27), @Value101 varchar(27), @Value102 varchar(27), @Value103 varchar(27), @Value104 varchar(27), @Value105 varchar(27), @Value106 varchar(27), @Value107 varchar(27), @Value108 varchar(27), @Value109 varchar(27), @Value110 varchar(27), @Value111 varchar(27), @Value112 varchar(27), @Value113 varchar(27), @Value114 varchar(27), @Value115 varchar(27), @Value116 varchar(27), @Value117 varchar(27), @Value118 varchar(27), @Value119 varchar(27), @Value120 varchar(27), @Value121 varchar(27), @Value122 varchar(27), @Value123 varchar(27), @Value124 varchar(27), @Value125 varchar(27), @Value126 varchar(27), @Value127 varchar(27), @Value128 varchar(27), @Value129 varchar(27), @Value130 varchar(27), @Value131 varchar(27), @Value132 varchar(27), @Value133 varchar(27), @Value134 varchar(27), @Value135 varchar(27), @Value136 varchar(27), @Value137 varchar(27), @Value138 varchar(27), @Value139 varchar(27), @Value140 varchar(27), @Value141 varchar(27), @Value142 varchar(27), @Value143 varchar(27), @Value144 varchar(27), @Value145 varchar(27), @Value146 varchar(27), @Value147 varchar(27), @Value148 varchar(27), @Value149 varchar(27), @Value150 varchar(27), @Value151 varchar(27), @Value152 varchar(27), @Value153 varchar(27), @Value154 varchar(27), @Value155 varchar(27), @Value156 varchar(27), @Value157 varchar(27), @Value158 varchar(27), @Value159 varchar(27), @Value160 varchar(27), @Value161 varchar(27), @Value162 varchar(27), @Value163 varchar(27), @Value164 varchar(27), @Value165 varchar(27), @Value166 varchar(27), @Value167 varchar(27), @Value168 varchar(27), @Value169 varchar(27), @Value170 varchar(27), @Value171 varchar(27), @Value172 varchar(27), @Value173 varchar(27), @Value174 varchar(27), @Value175 varchar(27), @Value176 varchar(27), @Value177 varchar(27), @Value178 varchar(27), @Value179 varchar(27), @Value180 varchar(27), @Value181 varchar(27), @Value182 varchar(27), @Value183 varchar(27), @Value184 varchar(27), @Value185 varchar(27), @Value186 varchar(27), @Value187 varchar(27), @Value188 varchar(27), @Value189 varchar(27), @Value190 varchar(27), @Value191 varchar(27), @Value192 varchar(27), @Value193 varchar(27), @Value194 varchar(27), @Value195 varchar(27), @Value196 varchar(27), @Value197 varchar(27), @Value198 varchar(27), @Value199 varchar(27), @Value200 varchar(27), @Value201 varchar(27), @Value202 varchar(27), @Value203 varchar(27), @Value204 varchar(27), @Value205 varchar(27), @Value206 varchar(27), @Value207 varchar(27), @Value208 varchar(27), @Value209 varchar(27), @Value210 varchar(27), @Value211 varchar(27), @Value212 varchar(27), @Value213 varchar(27), @Value214 varchar(27), @Value215 varchar(27), @Value216 varchar(27), @Value217 varchar(27), @Value218 varchar(27), @Value219 varchar(27), @Value220 varchar(27), @Value221 varchar(27), @Value222 varchar(27), @Value223 varchar(27), @Value224 varchar(27), @Value225 varchar(27), @Value226 varchar(27), @Value227 varchar(27), @Value228 varchar(27), @Value229 varchar(27), @Value230 varchar(27), @Value231 varchar(27), @Value232 varchar(27), @Value233 varchar(27), @Value234 varchar(27), @Value235 varchar(27), @Value236 varchar(27), @Value237 varchar(27), @Value238 varchar(27), @Value239 varchar(27), @Value240 varchar(27), @Value241 varchar(27), @Value242 varchar(27), @Value243 varchar(27), @Value244 varchar(27), @Value245 varchar(27), @Value246 varchar(27), @Value247 varchar(27), @Value248 varchar(27), @Value249 varchar(27), @Value250 varchar(27), @Value251 varchar(27), @Value252 varchar(27), @Value253 varchar(27), @Value254 varchar(27), @Value255 varchar(27), @Value256 varchar(27), @Value257 varchar(27), @Value258 varchar(27), @Value259 varchar(27), @Value260 varchar(27), @Value261 varchar(27), @Value262 varchar(27), @Value263 varchar(27), @Value264 varchar(27), @Value265 varchar(27), @Value266 varchar(27), @Value267 varchar(27), @Value268 varchar(27), @Value269 varchar(27), @Value270 varchar(27), @Value271 varchar(27), @Value272 varchar(27), @Value273 varchar(27), @Value274 varchar(27), @Value275 varchar(27), @Value276 varchar(27), @Value277 varchar(27), @Value278 varchar(27), @Value279 varchar(27), @Value280 varchar(27), @Value281 varchar(27), @Value282 varchar(27), @Value283 varchar(27), @Value284 varchar(27), @Value285 varchar(27), @Value286 varchar(27), @Value287 varchar(27), @Value288 varchar(27), @Value289 varchar(27), @Value290 varchar(27), @Value291 varchar(27), @Value292 varchar(27), @Value293 varchar(27), @Value294 varchar(27), @Value295 varchar(27), @Value296 varchar(27), @Value297 varchar(27), @Value298 varchar(27), @Value299 varchar(27), @Value300 varchar(27), @Value301 varchar(27), @Value302 varchar(27), @Value303 varchar(27), @Value304 varchar(27), @Value305 varchar(27), @Value306 varchar(27), @Value307 varchar(27), @Value308 varchar(27), @Value309 varchar(27), @Value310 varchar(27), @Value311 varchar(27), @Value312 varchar(27), @Value313 varchar(27), @Value314 varchar(27), @Value315 varchar(27), @Value316 varchar(27), @Value317 varchar(27), @Value318 varchar(27), @Value319 varchar(27), @Value320 varchar(27), @Value321 varchar(27), @Value322 varchar(27), @Value323 varchar(27), @Value324 varchar(27), @Value325 varchar(27), @Value326 varchar(27), @Value327 varchar(27), @Value328 varchar(27), @Value329 varchar(27), @Value330 varchar(27), @Value331 varchar(27), @Value332 varchar(27), @Value333 varchar(27), @Value334 varchar(27), @Value335 varchar(27), @Value336 varchar(27), @Value337 varchar(27), @Value338 varchar(27), @Value339 varchar(27), @Value340 varchar(27), @Value341 varchar(27), @Value342 varchar(27), @Value343 varchar(27), @Value344 varchar(27), @Value345 varchar(27), @Value346 varchar(27), @Value347 varchar(27), @Value348 varchar(27), @Value349 varchar(27), @Value350 varchar(27), @Value351 varchar(27), @Value352 varchar(27), @Value353 varchar(27), @Value354 varchar(27), @Value355 varchar(27), @Value356 varchar(27), @Value357 varchar(27), @Value358 varchar(27), @Value359 varchar(27), @Value360 varchar(27), @Value361 varchar(27), @Value362 varchar(27), @Value363 varchar(27), @Value364 varchar(27), @Value365 varchar(27), @Value366 varchar(27), @Value367 varchar(27), @Value368 varchar(27), @Value369 varchar(27), @Value370 varchar(27), @Value371 varchar(27), @Value372 varchar(27), @Value373 varchar(27), @Value374 varchar(27), @Value375 varchar(27), @Value376 varchar(27), @Value377 varchar(27), @Value378 varchar(27), @Value379 varchar(27), @Value380 varchar(27), @Value381 varchar(27), @Value382 varchar(27), @Value383 varchar(27), @Value384 varchar(27), @Value385 varchar(27), @Value386 varchar(27), @Value387 varchar(27), @Value388 varchar(27), @Value389 varchar(27), @Value390 varchar(27), @Value391 varchar(27), @Value392 varchar(27), @Value393 varchar(27), @Value394 varchar(27), @Value395 varchar(27), @Value396 varchar(27), @Value397 varchar(27), @Value398 varchar(27), @Value399 varchar(27), @Value400 varchar(27), @Value401 varchar(27), @Value402 varchar(27), @Value403 varchar(27), @Value404 varchar(27), @Value405 varchar(27), @Value406 varchar(27), @Value407 varchar(27), @Value408 varchar(27), @Value409 varchar(27), @Value410 varchar(27), @Value411 varchar(27), @Value412 varchar(27), @Value413 varchar(27), @Value414 varchar(27), @Value415 varchar(27), @Value416 varchar(27), @Value417 varchar(27), @Value418 varchar(27), @Value419 varchar(27), @Value420 varchar(27), @Value421 varchar(27), @Value422 varchar(27), @Value423 varchar(27), @Value424 varchar(27), @Value425 varchar(27), @Value426 varchar(27), @Value427 varchar(27), @Value428 varchar(27), @Value429 varchar(27), @Value430 varchar(27), @Value431 varchar(27), @Value432 varchar(27), @Value433 varchar(27), @Value434 varchar(27), @Value435 varchar(27), @Value436 varchar(27), @Value437 varchar(27), @Value438 varchar(27), @Value439 varchar(27), @Value440 varchar(27), @Value441 varchar(27), @Value442 varchar(27), @Value443 varchar(27), @Value444 varchar(27), @Value445 varchar(27), @Value446 varchar(27), @Value447 varchar(27), @Value448 varchar(27), @Value449 varchar(27), @Value450 varchar(27), @Value451 varchar(27), @Value452 varchar(27), @Value453 varchar(27), @Value454 varchar(27), @Value455 varchar(27), @Value456 varchar(27), @Value457 varchar(27), @Value458 varchar(27), @Value459 varchar(27), @Value460 varchar(27), @Value461 varchar(27), @Value462 varchar(27), @Value463 varchar(27), @Value464 varchar(27), @Value465 varchar(27), @Value466 varchar(27), @Value467 varchar(27), @Value468 varchar(27), @Value469 varchar(27), @Value470 varchar(27), @Value471 varchar(27), @Value472 varchar(27), @Value473 varchar(27), @Value474 varchar(27), @Value475 varchar(27), @Value476 varchar(27), @Value477 varchar(27), @Value478 varchar(27), @Value479 varchar(27), @Value480 varchar(27), @Value481 varchar(27), @Value482 varchar(27), @Value483 varchar(27), @Value484 varchar(27), @Value485 varchar(27), @Value486 varchar(27), @Value487 varchar(27), @Value488 varchar(27), @Value489 varchar(27), @Value490 varchar(27), @Value491 varchar(27), @Value492 varchar(27), @Value493 varchar(27), @Value494 varchar(27), @Value495 varchar(27), @Value496 varchar(27), @Value497 varchar(27), @Value498 varchar(27), @Value499 varchar(27), @Value500 varchar(27), @Value501 varchar(27), @Value2100 bigint, @Value2101 bigint, @Value2102 bigint, @Value2103 bigint, @Value2104 bigint, @Value2105 bigint, @Value2106 bigint, @Value2107 bigint, @Value2108 bigint, @Value2109 bigint, @Value2110 bigint, @Value2111 bigint, @Value2112 bigint, @Value2113 bigint, @Value2114 bigint, @Value2115 bigint, @Value2116 bigint, @Value2117 bigint, @Value2118 bigint, @Value2119 bigint, @Value2120 bigint, @Value2121 bigint, @Value2122 bigint, @Value2123 bigint, @Value2124 bigint, @Value2125 bigint, @Value2126 bigint, @Value2127 bigint, @Value2128 bigint, @Value2129 bigint, @Value2130 bigint, @Value2131 bigint, @Value2132 bigint, @Value2133 bigint, @Value2134 bigint, @Value2135 bigint, @Value2136 bigint, @Value2137 bigint, @Value2138 bigint, @Value2139 bigint, @Value2140 bigint, @Value2141 bigint, @Value2142 bigint, @Value2143 bigint, @Value2144 bigint, @Value2145 bigint, @Value2146 bigint, @Value2147 bigint, @Value2148 bigint, @Value2149 bigint, @Value2150 bigint, @Value2151 bigint, @Value2152 bigint, @Value2153 bigint, @Value2154 bigint, @Value2155 bigint, @Value2156 bigint, @Value2157 bigint, @Value2158 bigint, @Value2159 bigint, @Value2160 bigint, @Value2161 bigint, @Value2162 bigint, @Value2163 bigint, @Value2164 bigint, @Value2165 bigint, @Value2166 bigint, @Value2167 bigint, @Value2168 bigint, @Value2169 bigint, @Value2170 bigint, @Value2171 bigint, @Value2172 bigint, @Value2173 bigint, @Value2174 bigint, @Value2175 bigint, @Value2176 bigint, @Value2177 bigint, @Value2178 bigint, @Value2179 bigint, @Value2180 bigint, @Value2181 bigint, @Value2182 bigint, @Value2183 bigint, @Value2184 bigint, @Value2185 bigint, @Value2186 bigint, @Value2187 bigint, @Value2188 bigint, @Value2189 bigint, @Value2190 bigint, @Value2191 bigint, @Value2192 bigint, @Value2193 bigint, @Value2194 bigint, @Value2195 bigint, @Value2196 bigint, @Value2197 bigint, @Value2198 bigint, @Value2199 bigint, @Value2200 bigint, @Value2201 bigint, @Value2202 bigint, @Value2203 bigint, @Value2204 bigint, @Value2205 bigint, @Value2206 bigint, @Value2207 bigint, @Value2208 bigint, @Value2209 bigint, @Value2210 bigint, @Value2211 bigint, @Value2212 bigint, @Value2213 bigint, @Value2214 bigint, @Value2215 bigint, @Value2216 bigint, @Value2217 bigint, @Value2218 bigint, @Value2219 bigint, @Value2220 bigint, @Value2221 bigint, @Value2222 bigint, @Value2223 bigint, @Value2224 bigint, @Value2225 bigint, @Value2226 bigint, @Value2227 bigint, @Value2228 bigint, @Value2229 bigint, @Value2230 bigint, @Value2231 bigint, @Value2232 bigint, @Value2233 bigint, @Value2234 bigint, @Value2235 bigint, @Value2236 bigint, @Value2237 bigint, @Value2238 bigint, @Value2239 bigint, @Value2240 bigint, @Value2241 bigint, @Value2242 bigint, @Value2243 bigint, @Value2244 bigint, @Value2245 bigint, @Value2246 bigint, @Value2247 bigint, @Value2248 bigint, @Value2249 bigint, @Value2250 bigint, @Value2251 bigint, @Value2252 bigint, @Value2253 bigint, @Value2254 bigint, @Value2255 bigint, @Value2256 bigint, @Value2257 bigint, @Value2258 bigint, @Value2259 bigint, @Value2260 bigint, @Value2261 bigint, @Value2262 bigint, @Value2263 bigint, @Value2264 bigint, @Value2265 bigint, @Value2266 bigint, @Value2267 bigint, @Value2268 bigint, @Value2269 bigint, @Value2270 bigint, @Value2271 bigint, @Value2272 bigint, @Value2273 bigint, @Value2274 bigint, @Value2275 bigint, @Value2276 bigint, @Value2277 bigint, @Value2278 bigint, @Value2279 bigint, @Value2280 bigint, @Value2281 bigint, @Value2282 bigint, @Value2283 bigint, @Value2284 bigint, @Value2285 bigint, @Value2286 bigint, @Value2287 bigint, @Value2288 bigint, @Value2289 bigint, @Value2290 bigint, @Value2291 bigint, @Value2292 bigint, @Value2293 bigint, @Value2294 bigint, @Value2295 bigint, @Value2296 bigint, @Value2297 bigint, @Value2298 bigint, @Value2299 bigint, @Value2300 bigint, @Value2301 bigint, @Value2302 bigint, @Value2303 bigint, @Value2304 bigint, @Value2305 bigint, @Value2306 bigint, @Value2307 bigint, @Value2308 bigint, @Value2309 bigint, @Value2310 bigint, @Value2311 bigint, @Value2312 bigint, @Value2313 bigint, @Value2314 bigint, @Value2315 bigint, @Value2316 bigint, @Value2317 bigint, @Value2318 bigint, @Value2319 bigint, @Value2320 bigint, @Value2321 bigint, @Value2322 bigint, @Value2323 bigint, @Value2324 bigint, @Value2325 bigint, @Value2326 bigint, @Value2327 bigint, @Value2328 bigint, @Value2329 bigint, @Value2330 bigint, @Value2331 bigint, @Value2332 bigint, @Value2333 bigint, @Value2334 bigint, @Value2335 bigint, @Value2336 bigint, @Value2337 bigint, @Value2338 bigint, @Value2339 bigint, @Value2340 bigint, @Value2341 bigint, @Value2342 bigint, @Value2343 bigint, @Value2344 bigint, @Value2345 bigint, @Value2346 bigint, @Value2347 bigint, @Value2348 bigint, @Value2349 bigint, @Value2350 bigint, @Value2351 bigint, @Value2352 bigint, @Value2353 bigint, @Value2354 bigint, @Value2355 bigint, @Value2356 bigint, @Value2357 bigint, @Value2358 bigint, @Value2359 bigint, @Value2360 bigint, @Value2361 bigint, @Value2362 bigint, @Value2363 bigint, @Value2364 bigint, @Value2365 bigint, @Value2366 bigint, @Value2367 bigint, @Value2368 bigint, @Value2369 bigint, @Value2370 bigint, @Value2371 bigint, @Value2372 bigint, @Value2373 bigint, @Value2374 bigint, @Value2375 bigint, @Value2376 bigint, @Value2377 bigint, @Value2378 bigint, @Value2379 bigint, @Value2380 bigint, @Value2381 bigint, @Value2382 bigint, @Value2383 bigint, @Value2384 bigint, @Value2385 bigint, @Value2386 bigint, @Value2387 bigint, @Value2388 bigint, @Value2389 bigint, @Value2390 bigint, @Value2391 bigint, @Value2392 bigint, @Value2393 bigint, @Value2394 bigint, @Value2395 bigint, @Value2396 bigint, @Value2397 bigint, @Value2398 bigint, @Value2399 bigint, @Value2400 bigint, @Value2401 bigint, @Value2402 bigint, @Value2403 bigint, @Value2404 bigint, @Value2405 bigint, @Value2406 bigint, @Value2407 bigint, @Value2408 bigint, @Value2409 bigint, @Value2410 bigint, @Value2411 bigint, @Value2412 bigint, @Value2413 bigint, @Value2414 bigint, @Value2415 bigint, @Value2416 bigint, @Value2417 bigint, @Value2418 bigint, @Value2419 bigint, @Value2420 bigint, @Value2421 bigint, @Value2422 bigint, @Value2423 bigint, @Value2424 bigint, @Value2425 bigint, @Value2426 bigint, @Value2427 bigint, @Value2428 bigint, @Value2429 bigint, @Value2430 bigint, @Value2431 bigint, @Value2432 bigint, @Value2433 bigint, @Value2434 bigint, @Value2435 bigint, @Value2436 bigint, @Value2437 bigint, @Value2438 bigint, @Value2439 bigint, @Value2440 bigint, @Value2441 bigint, @Value2442 bigint, @Value2443 bigint, @Value2444 bigint, @Value2445 bigint, @Value2446 bigint, @Value2447 bigint, @Value2448 bigint, @Value2449 bigint, @Value2450 bigint, @Value2451 bigint, @Value2452 bigint, @Value2453 bigint, @Value2454 bigint, @Value2455 bigint, @Value2456 bigint, @Value2457 bigint, @Value2458 bigint, @Value2459 bigint, @Value2460 bigint, @Value2461 bigint, @Value2462 bigint, @Value2463 bigint, @Value2464 bigint, @Value2465 bigint, @Value2466 bigint, @Value2467 bigint, @Value2468 bigint, @Value2469 bigint, @Value2470 bigint, @Value2471 bigint, @Value2472 bigint, @Value2473 bigint, @Value2474 bigint, @Value2475 bigint, @Value2476 bigint, @Value2477 bigint, @Value2478 bigint, @Value2479 bigint, @Value2480 bigint, @Value2481 bigint, @Value2482 bigint, @Value2483 bigint, @Value2484 bigint, @Value2485 bigint, @Value2486 bigint, @Value2487 bigint, @Value2488 bigint, @Value2489 bigint, @Value2490 bigint, @Value2491 bigint, @Value2492 bigint, @Value2493 bigint, @Value2494 bigint, @Value2495 bigint, @Value2496 bigint, @Value2497 bigint, @Value2498 bigint, @Value2499 bigint, @Value2500 bigint, @Value2501 bigint, @Value2502 bigint, @Value2503 bigint, @Value2504 bigint, @Value2505 bigint, @Value2506 bigint, @Value2507 bigint, @Value2508 bigint, @Value2509 bigint, @Value2510 bigint, @Value2511 bigint, @Value2512 bigint, @Value2513 bigint, @Value2514 bigint, @Value2515 bigint, @Value2516 bigint, @Value2517 bigint, @Value2518 bigint, @Value2519 bigint, @Value2520 bigint, @Value2521 bigint, @Value2522 bigint, @Value2523 bigint, @Value2524 bigint, @Value2525 bigint, @Value2526 bigint, @Value2527 bigint, @Value2528 bigint, @Value2529 bigint, @Value2530 bigint, @Value2531 bigint, @Value2532 bigint, @Value2533 bigint, @Value2534 bigint, @Value2535 bigint, @Value2536 bigint, @Value2537 bigint, @Value2538 bigint, @Value2539 bigint, @Value2540 bigint, @Value2541 bigint, @Value2542 bigint, @Value2543 bigint, @Value2544 bigint, @Value2545 bigint, @Value2546 bigint, @Value2547 bigint, @Value2548 bigint, @Value2549 bigint, @Value2550 bigint, @Value2551 bigint, @Value2552 bigint, @Value2553 bigint, @Value2554 bigint, @Value2555 bigint, @Value2556 bigint, @Value2557 bigint, @Value2558 bigint, @Value2559 bigint, @Value2560 bigint, @Value2561 bigint, @Value2562 bigint, @Value2563 bigint, @Value2564 bigint, @Value2565 bigint, @Value2566 bigint, @Value2567 bigint, @Value2568 bigint, @Value2569 bigint, @Value2570 bigint, @Value2571 bigint, @Value2572 bigint, @Value2573 bigint, @Value2574 bigint, @Value2575 bigint, @Value2576 bigint, @Value2577 bigint, @Value2578 bigint, @Value2579 bigint, @Value2580 bigint, @Value2581 bigint, @Value2582 bigint, @Value2583 bigint, @Value2584 bigint, @Value2585 bigint, @Value2586 bigint, @Value2587 bigint, @Value2588 bigint, @Value2589 bigint, @Value2590 bigint, @Value2591 bigint, @Value2592 bigint, @Value2593 bigint, @Value2594 bigint, @Value2595 bigint, @Value2596 bigint, @Value2597 bigint, @Value2598 bigint, @Value2599 bigint;
SELECT TOP(9) [o].[CustomerId], [o].[Id]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OrderId] NOT IN (@Value1, @Value3, @Value4, @Value5, @Value6, @Value7, @Value8, @Value9, @Value10, @Value11, @Value12, @Value13, @Value14, @Value15, @Value16, @Value17, @Value18, @Value19, @Value20, @Value21, @Value22, @Value23, @Value24, @Value25, @Value26, @Value27, @Value28, @Value29, @Value30, @Value31, @Value32, @Value33, @Value34, @Value35, @Value36, @Value37, @Value38, @Value39, @Value40, @Value41, @Value42, @Value43, @Value44, @Value45, @Value46, @Value47, @Value48, @Value49, @Value50, @Value51, @Value52, @Value53, @Value54, @Value55, @Value56, @Value57, @Value58, @Value59, @Value60, @Value61, @Value62, @Value63, @Value64, @Value65, @Value66, @Value67, @Value68, @Value69, @Value70, @Value71, @Value72, @Value73, @Value74, @Value75, @Value76, @Value77, @Value78, @Value79, @Value80, @Value81, @Value82, @Value83, @Value84, @Value85, @Value86, @Value87, @Value88, @Value89, @Value90, @Value91, @Value92, @Value93, @Value94, @Value95, @Value96, @Value97, @Value98, @Value99, @Value100, @Value101, @Value102, @Value103, @Value104, @Value105, @Value106, @Value107, @Value108, @Value109, @Value110, @Value111, @Value112, @Value113, @Value114, @Value115, @Value116, @Value117, @Value118, @Value119, @Value120, @Value121, @Value122, @Value123, @Value124, @Value125, @Value126, @Value127, @Value128, @Value129, @Value130, @Value131, @Value132, @Value133, @Value134, @Value135, @Value136, @Value137, @Value138, @Value139, @Value140, @Value141, @Value142, @Value143, @Value144, @Value145, @Value146, @Value147, @Value148, @Value149, @Value150, @Value151, @Value152, @Value153, @Value154, @Value155, @Value156, @Value157, @Value158, @Value159, @Value160, @Value161, @Value162, @Value163, @Value164, @Value165, @Value166, @Value167, @Value168, @Value169, @Value170, @Value171, @Value172, @Value173, @Value174, @Value175, @Value176, @Value177, @Value178, @Value179, @Value180, @Value181, @Value182, @Value183, @Value184, @Value185, @Value186, @Value187, @Value188, @Value189, @Value190, @Value191, @Value192, @Value193, @Value194, @Value195, @Value196, @Value197, @Value198, @Value199, @Value200, @Value201, @Value202, @Value203, @Value204, @Value205, @Value206, @Value207, @Value208, @Value209, @Value210, @Value211, @Value212, @Value213, @Value214, @Value215, @Value216, @Value217, @Value218, @Value219, @Value220, @Value221, @Value222, @Value223, @Value224, @Value225, @Value226, @Value227, @Value228, @Value229, @Value230, @Value231, @Value232, @Value233, @Value234, @Value235, @Value236, @Value237, @Value238, @Value239, @Value240, @Value241, @Value242, @Value243, @Value244, @Value245, @Value246, @Value247, @Value248, @Value249, @Value250, @Value251, @Value252, @Value253, @Value254, @Value255, @Value256, @Value257, @Value258, @Value259, @Value260, @Value261, @Value262, @Value263, @Value264, @Value265, @Value266, @Value267, @Value268, @Value269, @Value270, @Value271, @Value272, @Value273, @Value274, @Value275, @Value276, @Value277, @Value278, @Value279, @Value280, @Value281, @Value282, @Value283, @Value284, @Value285, @Value286, @Value287, @Value288, @Value289, @Value290, @Value291, @Value292, @Value293, @Value294, @Value295, @Value296, @Value297, @Value298, @Value299, @Value300, @Value301, @Value302, @Value303, @Value304, @Value305, @Value306, @Value307, @Value308, @Value309, @Value310, @Value311, @Value312, @Value313, @Value314, @Value315, @Value316, @Value317, @Value318, @Value319, @Value320, @Value321, @Value322, @Value323, @Value324, @Value325, @Value326, @Value327, @Value328, @Value329, @Value330, @Value331, @Value332, @Value333, @Value334, @Value335, @Value336, @Value337, @Value338, @Value339, @Value340, @Value341, @Value342, @Value343, @Value344, @Value345, @Value346, @Value347, @Value348, @Value349, @Value350, @Value351, @Value352, @Value353, @Value354, @Value355, @Value356, @Value357, @Value358, @Value359, @Value360, @Value361, @Value362, @Value363, @Value364, @Value365, @Value366, @Value367, @Value368, @Value369, @Value370, @Value371, @Value372, @Value373, @Value374, @Value375, @Value376, @Value377, @Value378, @Value379, @Value380, @Value381, @Value382, @Value383, @Value384, @Value385, @Value386, @Value387, @Value388, @Value389, @Value390, @Value391, @Value392, @Value393, @Value394, @Value395, @Value396, @Value397, @Value398, @Value399, @Value400, @Value401, @Value402, @Value403, @Value404, @Value405, @Value406, @Value407, @Value408, @Value409, @Value410, @Value411, @Value412, @Value413, @Value414, @Value415, @Value416, @Value417, @Value418, @Value419, @Value420, @Value421, @Value422, @Value423, @Value424, @Value425, @Value426, @Value427, @Value428, @Value429, @Value430, @Value431, @Value432, @Value433, @Value434, @Value435, @Value436, @Value437, @Value438, @Value439, @Value440, @Value441, @Value442, @Value443, @Value444, @Value445, @Value446, @Value447, @Value448, @Value449, @Value450, @Value451, @Value452, @Value453, @Value454, @Value455, @Value456, @Value457, @Value458, @Value459, @Value460, @Value461, @Value462, @Value463, @Value464, @Value465, @Value466, @Value467, @Value468, @Value469, @Value470, @Value471, @Value472, @Value473, @Value474, @Value475, @Value476, @Value477, @Value478, @Value479, @Value480, @Value481, @Value482, @Value483, @Value484, @Value485, @Value486, @Value487, @Value488, @Value489, @Value490, @Value491, @Value492, @Value493, @Value494, @Value495, @Value496, @Value497, @Value498, @Value499, @Value500, @Value501) OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value3, @Value4, @Value5, @Value6, @Value7, @Value8, @Value9, @Value10, @Value11, @Value12, @Value13, @Value14, @Value15, @Value16, @Value17, @Value18, @Value19, @Value20, @Value21, @Value22, @Value23, @Value24, @Value25, @Value26, @Value27, @Value28, @Value29, @Value30, @Value31, @Value32, @Value33, @Value34, @Value35, @Value36, @Value37, @Value38, @Value39, @Value40, @Value41, @Value42, @Value43, @Value44, @Value45, @Value46, @Value47, @Value48, @Value49, @Value50, @Value51, @Value52, @Value53, @Value54, @Value55, @Value56, @Value57, @Value58, @Value59, @Value60, @Value61, @Value62, @Value63, @Value64, @Value65, @Value66, @Value67, @Value68, @Value69, @Value70, @Value71, @Value72, @Value73, @Value74, @Value75, @Value76, @Value77, @Value78, @Value79, @Value80, @Value81, @Value82, @Value83, @Value84, @Value85, @Value86, @Value87, @Value88, @Value89, @Value90, @Value91, @Value92, @Value93, @Value94, @Value95, @Value96, @Value97, @Value98, @Value99, @Value100, @Value101, @Value102, @Value103, @Value104, @Value105, @Value106, @Value107, @Value108, @Value109, @Value110, @Value111, @Value112, @Value113, @Value114, @Value115, @Value116, @Value117, @Value118, @Value119, @Value120, @Value121, @Value122, @Value123, @Value124, @Value125, @Value126, @Value127, @Value128, @Value129, @Value130, @Value131, @Value132, @Value133, @Value134, @Value135, @Value136, @Value137, @Value138, @Value139, @Value140, @Value141, @Value142, @Value143, @Value144, @Value145, @Value146, @Value147, @Value148, @Value149, @Value150, @Value151, @Value152, @Value153, @Value154, @Value155, @Value156, @Value157, @Value158, @Value159, @Value160, @Value161, @Value162, @Value163, @Value164, @Value165, @Value166, @Value167, @Value168, @Value169, @Value170, @Value171, @Value172, @Value173, @Value174, @Value175, @Value176, @Value177, @Value178, @Value179, @Value180, @Value181, @Value182, @Value183, @Value184, @Value185, @Value186, @Value187, @Value188, @Value189, @Value190, @Value191, @Value192, @Value193, @Value194, @Value195, @Value196, @Value197, @Value198, @Value199, @Value200, @Value201, @Value202, @Value203, @Value204, @Value205, @Value206, @Value207, @Value208, @Value209, @Value210, @Value211, @Value212, @Value213, @Value214, @Value215, @Value216, @Value217, @Value218, @Value219, @Value220, @Value221, @Value222, @Value223, @Value224, @Value225, @Value226, @Value227, @Value228, @Value229, @Value230, @Value231, @Value232, @Value233, @Value234, @Value235, @Value236, @Value237, @Value238, @Value239, @Value240, @Value241, @Value242, @Value243, @Value244, @Value245, @Value246, @Value247, @Value248, @Value249, @Value250, @Value251, @Value252, @Value253, @Value254, @Value255, @Value256, @Value257, @Value258, @Value259, @Value260, @Value261, @Value262, @Value263, @Value264, @Value265, @Value266, @Value267, @Value268, @Value269, @Value270, @Value271, @Value272, @Value273, @Value274, @Value275, @Value276, @Value277, @Value278, @Value279, @Value280, @Value281, @Value282, @Value283, @Value284, @Value285, @Value286, @Value287, @Value288, @Value289, @Value290, @Value291, @Value292, @Value293, @Value294, @Value295, @Value296, @Value297, @Value298, @Value299, @Value300, @Value301, @Value302, @Value303, @Value304, @Value305, @Value306, @Value307, @Value308, @Value309, @Value310, @Value311, @Value312, @Value313, @Value314, @Value315, @Value316, @Value317, @Value318, @Value319, @Value320, @Value321, @Value322, @Value323, @Value324, @Value325, @Value326, @Value327, @Value328, @Value329, @Value330, @Value331, @Value332, @Value333, @Value334, @Value335, @Value336, @Value337, @Value338, @Value339, @Value340, @Value341, @Value342, @Value343, @Value344, @Value345, @Value346, @Value347, @Value348, @Value349, @Value350, @Value351, @Value352, @Value353, @Value354, @Value355, @Value356, @Value357, @Value358, @Value359, @Value360, @Value361, @Value362, @Value363, @Value364, @Value365, @Value366, @Value367, @Value368, @Value369, @Value370, @Value371, @Value372, @Value373, @Value374, @Value375, @Value376, @Value377, @Value378, @Value379, @Value380, @Value381, @Value382, @Value383, @Value384, @Value385, @Value386, @Value387, @Value388, @Value389, @Value390, @Value391, @Value392, @Value393, @Value394, @Value395, @Value396, @Value397, @Value398, @Value399, @Value400, @Value401, @Value402, @Value403, @Value404, @Value405, @Value406, @Value407, @Value408, @Value409, @Value410, @Value411, @Value412, @Value413, @Value414, @Value415, @Value416, @Value417, @Value418, @Value419, @Value420, @Value421, @Value422, @Value423, @Value424, @Value425, @Value426, @Value427, @Value428, @Value429, @Value430, @Value431, @Value432, @Value433, @Value434, @Value435, @Value436, @Value437, @Value438, @Value439, @Value440, @Value441, @Value442, @Value443, @Value444, @Value445, @Value446, @Value447, @Value448, @Value449, @Value450, @Value451, @Value452, @Value453, @Value454, @Value455, @Value456, @Value457, @Value458, @Value459, @Value460, @Value461, @Value462, @Value463, @Value464, @Value465, @Value466, @Value467, @Value468, @Value469, @Value470, @Value471, @Value472, @Value473, @Value474, @Value475, @Value476, @Value477, @Value478, @Value479, @Value480, @Value481, @Value482, @Value483, @Value484, @Value485, @Value486, @Value487, @Value488, @Value489, @Value490, @Value491, @Value492, @Value493, @Value494, @Value495, @Value496, @Value497, @Value498, @Value499, @Value500, @Value501)) AND [o].[Amount] IN (@Value2100, @Value2101, @Value2102, @Value2103, @Value2104, @Value2105, @Value2106, @Value2107, @Value2108, @Value2109, @Value2110, @Value2111, @Value2112, @Value2113, @Value2114, @Value2115, @Value2116, @Value2117, @Value2118, @Value2119, @Value2120, @Value2121, @Value2122, @Value2123, @Value2124, @Value2125, @Value2126, @Value2127, @Value2128, @Value2129, @Value2130, @Value2131, @Value2132, @Value2133, @Value2134, @Value2135, @Value2136, @Value2137, @Value2138, @Value2139, @Value2140, @Value2141, @Value2142, @Value2143, @Value2144, @Value2145, @Value2146, @Value2147, @Value2148, @Value2149, @Value2150, @Value2151, @Value2152, @Value2153, @Value2154, @Value2155, @Value2156, @Value2157, @Value2158, @Value2159, @Value2160, @Value2161, @Value2162, @Value2163, @Value2164, @Value2165, @Value2166, @Value2167, @Value2168, @Value2169, @Value2170, @Value2171, @Value2172, @Value2173, @Value2174, @Value2175, @Value2176, @Value2177, @Value2178, @Value2179, @Value2180, @Value2181, @Value2182, @Value2183, @Value2184, @Value2185, @Value2186, @Value2187, @Value2188, @Value2189, @Value2190, @Value2191, @Value2192, @Value2193, @Value2194, @Value2195, @Value2196, @Value2197, @Value2198, @Value2199, @Value2200, @Value2201, @Value2202, @Value2203, @Value2204, @Value2205, @Value2206, @Value2207, @Value2208, @Value2209, @Value2210, @Value2211, @Value2212, @Value2213, @Value2214, @Value2215, @Value2216, @Value2217, @Value2218, @Value2219, @Value2220, @Value2221, @Value2222, @Value2223, @Value2224, @Value2225, @Value2226, @Value2227, @Value2228, @Value2229, @Value2230, @Value2231, @Value2232, @Value2233, @Value2234, @Value2235, @Value2236, @Value2237, @Value2238, @Value2239, @Value2240, @Value2241, @Value2242, @Value2243, @Value2244, @Value2245, @Value2246, @Value2247, @Value2248, @Value2249, @Value2250, @Value2251, @Value2252, @Value2253, @Value2254, @Value2255, @Value2256, @Value2257, @Value2258, @Value2259, @Value2260, @Value2261, @Value2262, @Value2263, @Value2264, @Value2265, @Value2266, @Value2267, @Value2268, @Value2269, @Value2270, @Value2271, @Value2272, @Value2273, @Value2274, @Value2275, @Value2276, @Value2277, @Value2278, @Value2279, @Value2280, @Value2281, @Value2282, @Value2283, @Value2284, @Value2285, @Value2286, @Value2287, @Value2288, @Value2289, @Value2290, @Value2291, @Value2292, @Value2293, @Value2294, @Value2295, @Value2296, @Value2297, @Value2298, @Value2299, @Value2300, @Value2301, @Value2302, @Value2303, @Value2304, @Value2305, @Value2306, @Value2307, @Value2308, @Value2309, @Value2310, @Value2311, @Value2312, @Value2313, @Value2314, @Value2315, @Value2316, @Value2317, @Value2318, @Value2319, @Value2320, @Value2321, @Value2322, @Value2323, @Value2324, @Value2325, @Value2326, @Value2327, @Value2328, @Value2329, @Value2330, @Value2331, @Value2332, @Value2333, @Value2334, @Value2335, @Value2336, @Value2337, @Value2338, @Value2339, @Value2340, @Value2341, @Value2342, @Value2343, @Value2344, @Value2345, @Value2346, @Value2347, @Value2348, @Value2349, @Value2350, @Value2351, @Value2352, @Value2353, @Value2354, @Value2355, @Value2356, @Value2357, @Value2358, @Value2359, @Value2360, @Value2361, @Value2362, @Value2363, @Value2364, @Value2365, @Value2366, @Value2367, @Value2368, @Value2369, @Value2370, @Value2371, @Value2372, @Value2373, @Value2374, @Value2375, @Value2376, @Value2377, @Value2378, @Value2379, @Value2380, @Value2381, @Value2382, @Value2383, @Value2384, @Value2385, @Value2386, @Value2387, @Value2388, @Value2389, @Value2390, @Value2391, @Value2392, @Value2393, @Value2394, @Value2395, @Value2396, @Value2397, @Value2398, @Value2399, @Value2400, @Value2401, @Value2402, @Value2403, @Value2404, @Value2405, @Value2406, @Value2407, @Value2408, @Value2409, @Value2410, @Value2411, @Value2412, @Value2413, @Value2414, @Value2415, @Value2416, @Value2417, @Value2418, @Value2419, @Value2420, @Value2421, @Value2422, @Value2423, @Value2424, @Value2425, @Value2426, @Value2427, @Value2428, @Value2429, @Value2430, @Value2431, @Value2432, @Value2433, @Value2434, @Value2435, @Value2436, @Value2437, @Value2438, @Value2439, @Value2440, @Value2441, @Value2442, @Value2443, @Value2444, @Value2445, @Value2446, @Value2447, @Value2448, @Value2449, @Value2450, @Value2451, @Value2452, @Value2453, @Value2454, @Value2455, @Value2456, @Value2457, @Value2458, @Value2459, @Value2460, @Value2461, @Value2462, @Value2463, @Value2464, @Value2465, @Value2466, @Value2467, @Value2468, @Value2469, @Value2470, @Value2471, @Value2472, @Value2473, @Value2474, @Value2475, @Value2476, @Value2477, @Value2478, @Value2479, @Value2480, @Value2481, @Value2482, @Value2483, @Value2484, @Value2485, @Value2486, @Value2487, @Value2488, @Value2489, @Value2490, @Value2491, @Value2492, @Value2493, @Value2494, @Value2495, @Value2496, @Value2497, @Value2498, @Value2499, @Value2500, @Value2501, @Value2502, @Value2503, @Value2504, @Value2505, @Value2506, @Value2507, @Value2508, @Value2509, @Value2510, @Value2511, @Value2512, @Value2513, @Value2514, @Value2515, @Value2516, @Value2517, @Value2518, @Value2519, @Value2520, @Value2521, @Value2522, @Value2523, @Value2524, @Value2525, @Value2526, @Value2527, @Value2528, @Value2529, @Value2530, @Value2531, @Value2532, @Value2533, @Value2534, @Value2535, @Value2536, @Value2537, @Value2538, @Value2539, @Value2540, @Value2541, @Value2542, @Value2543, @Value2544, @Value2545, @Value2546, @Value2547, @Value2548, @Value2549, @Value2550, @Value2551, @Value2552, @Value2553, @Value2554, @Value2555, @Value2556, @Value2557, @Value2558, @Value2559, @Value2560, @Value2561, @Value2562, @Value2563, @Value2564, @Value2565, @Value2566, @Value2567, @Value2568, @Value2569, @Value2570, @Value2571, @Value2572, @Value2573, @Value2574, @Value2575, @Value2576, @Value2577, @Value2578, @Value2579, @Value2580, @Value2581, @Value2582, @Value2583, @Value2584, @Value2585, @Value2586, @Value2587, @Value2588, @Value2589, @Value2590, @Value2591, @Value2592, @Value2593, @Value2594, @Value2595, @Value2596, @Value2597, @Value2598, @Value2599) AND [o].[CustomerId] IS NULL
ORDER BY [o].[CustomerId] DESC, [o].[Id] DESC
GO

-- orders where in-lists fill the filter budget (1,000 values)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 varchar(27), @Value3 varchar(27), @Value4 varchar(27), @Value5 varchar(27), @Value6 varchar(27), @Value7 varchar(27), @Value8 varchar(27), @Value9 varchar(27), @Value10 varchar(27), @Value11 varchar(27), @Value12 varchar(27), @Value13 varchar(27), @Value14 varchar(27), @Value15 varchar(27), @Value16 varchar(27), @Value17 varchar(27), @Value18 varchar(27), @Value19 varchar(27), @Value20 varchar(27), @Value21 varchar(27), @Value22 varchar(27), @Value23 varchar(27), @Value24 varchar(27), @Value25 varchar(27), @Value26 varchar(27), @Value27 varchar(27), @Value28 varchar(27), @Value29 varchar(27), @Value30 varchar(27), @Value31 varchar(27), @Value32 varchar(27), @Value33 varchar(27), @Value34 varchar(27), @Value35 varchar(27), @Value36 varchar(27), @Value37 varchar(27), @Value38 varchar(27), @Value39 varchar(27), @Value40 varchar(27), @Value41 varchar(27), @Value42 varchar(27), @Value43 varchar(27), @Value44 varchar(27), @Value45 varchar(27), @Value46 varchar(27), @Value47 varchar(27), @Value48 varchar(27), @Value49 varchar(27), @Value50 varchar(27), @Value51 varchar(27), @Value52 varchar(27), @Value53 varchar(27), @Value54 varchar(27), @Value55 varchar(27), @Value56 varchar(27), @Value57 varchar(27), @Value58 varchar(27), @Value59 varchar(27), @Value60 varchar(27), @Value61 varchar(27), @Value62 varchar(27), @Value63 varchar(27), @Value64 varchar(27), @Value65 varchar(27), @Value66 varchar(27), @Value67 varchar(27), @Value68 varchar(27), @Value69 varchar(27), @Value70 varchar(27), @Value71 varchar(27), @Value72 varchar(27), @Value73 varchar(27), @Value74 varchar(27), @Value75 varchar(27), @Value76 varchar(27), @Value77 varchar(27), @Value78 varchar(27), @Value79 varchar(27), @Value80 varchar(27), @Value81 varchar(27), @Value82 varchar(27), @Value83 varchar(27), @Value84 varchar(27), @Value85 varchar(27), @Value86 varchar(27), @Value87 varchar(27), @Value88 varchar(27), @Value89 varchar(27), @Value90 varchar(27), @Value91 varchar(27), @Value92 varchar(27), @Value93 varchar(27), @Value94 varchar(27), @Value95 varchar(27), @Value96 varchar(27), @Value97 varchar(27), @Value98 varchar(27), @Value99 varchar(27), @Value100 varchar(27), @Value101 varchar(27), @Value102 varchar(27), @Value103 varchar(27), @Value104 varchar(27), @Value105 varchar(27), @Value106 varchar(27), @Value107 varchar(27), @Value108 varchar(27), @Value109 varchar(27), @Value110 varchar(27), @Value111 varchar(27), @Value112 varchar(27), @Value113 varchar(27), @Value114 varchar(27), @Value115 varchar(27), @Value116 varchar(27), @Value117 varchar(27), @Value118 varchar(27), @Value119 varchar(27), @Value120 varchar(27), @Value121 varchar(27), @Value122 varchar(27), @Value123 varchar(27), @Value124 varchar(27), @Value125 varchar(27), @Value126 varchar(27), @Value127 varchar(27), @Value128 varchar(27), @Value129 varchar(27), @Value130 varchar(27), @Value131 varchar(27), @Value132 varchar(27), @Value133 varchar(27), @Value134 varchar(27), @Value135 varchar(27), @Value136 varchar(27), @Value137 varchar(27), @Value138 varchar(27), @Value139 varchar(27), @Value140 varchar(27), @Value141 varchar(27), @Value142 varchar(27), @Value143 varchar(27), @Value144 varchar(27), @Value145 varchar(27), @Value146 varchar(27), @Value147 varchar(27), @Value148 varchar(27), @Value149 varchar(27), @Value150 varchar(27), @Value151 varchar(27), @Value152 varchar(27), @Value153 varchar(27), @Value154 varchar(27), @Value155 varchar(27), @Value156 varchar(27), @Value157 varchar(27), @Value158 varchar(27), @Value159 varchar(27), @Value160 varchar(27), @Value161 varchar(27), @Value162 varchar(27), @Value163 varchar(27), @Value164 varchar(27), @Value165 varchar(27), @Value166 varchar(27), @Value167 varchar(27), @Value168 varchar(27), @Value169 varchar(27), @Value170 varchar(27), @Value171 varchar(27), @Value172 varchar(27), @Value173 varchar(27), @Value174 varchar(27), @Value175 varchar(27), @Value176 varchar(27), @Value177 varchar(27), @Value178 varchar(27), @Value179 varchar(27), @Value180 varchar(27), @Value181 varchar(27), @Value182 varchar(27), @Value183 varchar(27), @Value184 varchar(27), @Value185 varchar(27), @Value186 varchar(27), @Value187 varchar(27), @Value188 varchar(27), @Value189 varchar(27), @Value190 varchar(27), @Value191 varchar(27), @Value192 varchar(27), @Value193 varchar(27), @Value194 varchar(27), @Value195 varchar(27), @Value196 varchar(27), @Value197 varchar(27), @Value198 varchar(27), @Value199 varchar(27), @Value200 varchar(27), @Value201 varchar(27), @Value202 varchar(27), @Value203 varchar(27), @Value204 varchar(27), @Value205 varchar(27), @Value206 varchar(27), @Value207 varchar(27), @Value208 varchar(27), @Value209 varchar(27), @Value210 varchar(27), @Value211 varchar(27), @Value212 varchar(27), @Value213 varchar(27), @Value214 varchar(27), @Value215 varchar(27), @Value216 varchar(27), @Value217 varchar(27), @Value218 varchar(27), @Value219 varchar(27), @Value220 varchar(27), @Value221 varchar(27), @Value222 varchar(27), @Value223 varchar(27), @Value224 varchar(27), @Value225 varchar(27), @Value226 varchar(27), @Value227 varchar(27), @Value228 varchar(27), @Value229 varchar(27), @Value230 varchar(27), @Value231 varchar(27), @Value232 varchar(27), @Value233 varchar(27), @Value234 varchar(27), @Value235 varchar(27), @Value236 varchar(27), @Value237 varchar(27), @Value238 varchar(27), @Value239 varchar(27), @Value240 varchar(27), @Value241 varchar(27), @Value242 varchar(27), @Value243 varchar(27), @Value244 varchar(27), @Value245 varchar(27), @Value246 varchar(27), @Value247 varchar(27), @Value248 varchar(27), @Value249 varchar(27), @Value250 varchar(27), @Value251 varchar(27), @Value252 varchar(27), @Value253 varchar(27), @Value254 varchar(27), @Value255 varchar(27), @Value256 varchar(27), @Value257 varchar(27), @Value258 varchar(27), @Value259 varchar(27), @Value260 varchar(27), @Value261 varchar(27), @Value262 varchar(27), @Value263 varchar(27), @Value264 varchar(27), @Value265 varchar(27), @Value266 varchar(27), @Value267 varchar(27), @Value268 varchar(27), @Value269 varchar(27), @Value270 varchar(27), @Value271 varchar(27), @Value272 varchar(27), @Value273 varchar(27), @Value274 varchar(27), @Value275 varchar(27), @Value276 varchar(27), @Value277 varchar(27), @Value278 varchar(27), @Value279 varchar(27), @Value280 varchar(27), @Value281 varchar(27), @Value282 varchar(27), @Value283 varchar(27), @Value284 varchar(27), @Value285 varchar(27), @Value286 varchar(27), @Value287 varchar(27), @Value288 varchar(27), @Value289 varchar(27), @Value290 varchar(27), @Value291 varchar(27), @Value292 varchar(27), @Value293 varchar(27), @Value294 varchar(27), @Value295 varchar(27), @Value296 varchar(27), @Value297 varchar(27), @Value298 varchar(27), @Value299 varchar(27), @Value300 varchar(27), @Value301 varchar(27), @Value302 varchar(27), @Value303 varchar(27), @Value304 varchar(27), @Value305 varchar(27), @Value306 varchar(27), @Value307 varchar(27), @Value308 varchar(27), @Value309 varchar(27), @Value310 varchar(27), @Value311 varchar(27), @Value312 varchar(27), @Value313 varchar(27), @Value314 varchar(27), @Value315 varchar(27), @Value316 varchar(27), @Value317 varchar(27), @Value318 varchar(27), @Value319 varchar(27), @Value320 varchar(27), @Value321 varchar(27), @Value322 varchar(27), @Value323 varchar(27), @Value324 varchar(27), @Value325 varchar(27), @Value326 varchar(27), @Value327 varchar(27), @Value328 varchar(27), @Value329 varchar(27), @Value330 varchar(27), @Value331 varchar(27), @Value332 varchar(27), @Value333 varchar(27), @Value334 varchar(27), @Value335 varchar(27), @Value336 varchar(27), @Value337 varchar(27), @Value338 varchar(27), @Value339 varchar(27), @Value340 varchar(27), @Value341 varchar(27), @Value342 varchar(27), @Value343 varchar(27), @Value344 varchar(27), @Value345 varchar(27), @Value346 varchar(27), @Value347 varchar(27), @Value348 varchar(27), @Value349 varchar(27), @Value350 varchar(27), @Value351 varchar(27), @Value352 varchar(27), @Value353 varchar(27), @Value354 varchar(27), @Value355 varchar(27), @Value356 varchar(27), @Value357 varchar(27), @Value358 varchar(27), @Value359 varchar(27), @Value360 varchar(27), @Value361 varchar(27), @Value362 varchar(27), @Value363 varchar(27), @Value364 varchar(27), @Value365 varchar(27), @Value366 varchar(27), @Value367 varchar(27), @Value368 varchar(27), @Value369 varchar(27), @Value370 varchar(27), @Value371 varchar(27), @Value372 varchar(27), @Value373 varchar(27), @Value374 varchar(27), @Value375 varchar(27), @Value376 varchar(27), @Value377 varchar(27), @Value378 varchar(27), @Value379 varchar(27), @Value380 varchar(27), @Value381 varchar(27), @Value382 varchar(27), @Value383 varchar(27), @Value384 varchar(27), @Value385 varchar(27), @Value386 varchar(27), @Value387 varchar(27), @Value388 varchar(27), @Value389 varchar(27), @Value390 varchar(27), @Value391 varchar(27), @Value392 varchar(27), @Value393 varchar(27), @Value394 varchar(27), @Value395 varchar(27), @Value396 varchar(27), @Value397 varchar(27), @Value398 varchar(27), @Value399 varchar(27), @Value400 varchar(27), @Value401 varchar(27), @Value402 varchar(27), @Value403 varchar(27), @Value404 varchar(27), @Value405 varchar(27), @Value406 varchar(27), @Value407 varchar(27), @Value408 varchar(27), @Value409 varchar(27), @Value410 varchar(27), @Value411 varchar(27), @Value412 varchar(27), @Value413 varchar(27), @Value414 varchar(27), @Value415 varchar(27), @Value416 varchar(27), @Value417 varchar(27), @Value418 varchar(27), @Value419 varchar(27), @Value420 varchar(27), @Value421 varchar(27), @Value422 varchar(27), @Value423 varchar(27), @Value424 varchar(27), @Value425 varchar(27), @Value426 varchar(27), @Value427 varchar(27), @Value428 varchar(27), @Value429 varchar(27), @Value430 varchar(27), @Value431 varchar(27), @Value432 varchar(27), @Value433 varchar(27), @Value434 varchar(27), @Value435 varchar(27), @Value436 varchar(27), @Value437 varchar(27), @Value438 varchar(27), @Value439 varchar(27), @Value440 varchar(27), @Value441 varchar(27), @Value442 varchar(27), @Value443 varchar(27), @Value444 varchar(27), @Value445 varchar(27), @Value446 varchar(27), @Value447 varchar(27), @Value448 varchar(27), @Value449 varchar(27), @Value450 varchar(27), @Value451 varchar(27), @Value452 varchar(27), @Value453 varchar(27), @Value454 varchar(27), @Value455 varchar(27), @Value456 varchar(27), @Value457 varchar(27), @Value458 varchar(27), @Value459 varchar(27), @Value460 varchar(27), @Value461 varchar(27), @Value462 varchar(27), @Value463 varchar(27), @Value464 varchar(27), @Value465 varchar(27), @Value466 varchar(27), @Value467 varchar(27), @Value468 varchar(27), @Value469 varchar(27), @Value470 varchar(27), @Value471 varchar(27), @Value472 varchar(27), @Value473 varchar(27), @Value474 varchar(27), @Value475 varchar(27), @Value476 varchar(27), @Value477 varchar(27), @Value478 varchar(27), @Value479 varchar(27), @Value480 varchar(27), @Value481 varchar(27), @Value482 varchar(27), @Value483 varchar(27), @Value484 varchar(27), @Value485 varchar(27), @Value486 varchar(27), @Value487 varchar(27), @Value488 varchar(27), @Value489 varchar(27), @Value490 varchar(27), @Value491 varchar(27), @Value492 varchar(27), @Value493 varchar(27), @Value494 varchar(27), @Value495 varchar(27), @Value496 varchar(27), @Value497 varchar(27), @Value498 varchar(27), @Value499 varchar(27), @Value500 varchar(27), @Value501 varchar(27), @Value2100 bigint, @Value2101 bigint, @Value2102 bigint, @Value2103 bigint, @Value2104 bigint, @Value2105 bigint, @Value2106 bigint, @Value2107 bigint, @Value2108 bigint, @Value2109 bigint, @Value2110 bigint, @Value2111 bigint, @Value2112 bigint, @Value2113 bigint, @Value2114 bigint, @Value2115 bigint, @Value2116 bigint, @Value2117 bigint, @Value2118 bigint, @Value2119 bigint, @Value2120 bigint, @Value2121 bigint, @Value2122 bigint, @Value2123 bigint, @Value2124 bigint, @Value2125 bigint, @Value2126 bigint, @Value2127 bigint, @Value2128 bigint, @Value2129 bigint, @Value2130 bigint, @Value2131 bigint, @Value2132 bigint, @Value2133 bigint, @Value2134 bigint, @Value2135 bigint, @Value2136 bigint, @Value2137 bigint, @Value2138 bigint, @Value2139 bigint, @Value2140 bigint, @Value2141 bigint, @Value2142 bigint, @Value2143 bigint, @Value2144 bigint, @Value2145 bigint, @Value2146 bigint, @Value2147 bigint, @Value2148 bigint, @Value2149 bigint, @Value2150 bigint, @Value2151 bigint, @Value2152 bigint, @Value2153 bigint, @Value2154 bigint, @Value2155 bigint, @Value2156 bigint, @Value2157 bigint, @Value2158 bigint, @Value2159 bigint, @Value2160 bigint, @Value2161 bigint, @Value2162 bigint, @Value2163 bigint, @Value2164 bigint, @Value2165 bigint, @Value2166 bigint, @Value2167 bigint, @Value2168 bigint, @Value2169 bigint, @Value2170 bigint, @Value2171 bigint, @Value2172 bigint, @Value2173 bigint, @Value2174 bigint, @Value2175 bigint, @Value2176 bigint, @Value2177 bigint, @Value2178 bigint, @Value2179 bigint, @Value2180 bigint, @Value2181 bigint, @Value2182 bigint, @Value2183 bigint, @Value2184 bigint, @Value2185 bigint, @Value2186 bigint, @Value2187 bigint, @Value2188 bigint, @Value2189 bigint, @Value2190 bigint, @Value2191 bigint, @Value2192 bigint, @Value2193 bigint, @Value2194 bigint, @Value2195 bigint, @Value2196 bigint, @Value2197 bigint, @Value2198 bigint, @Value2199 bigint, @Value2200 bigint, @Value2201 bigint, @Value2202 bigint, @Value2203 bigint, @Value2204 bigint, @Value2205 bigint, @Value2206 bigint, @Value2207 bigint, @Value2208 bigint, @Value2209 bigint, @Value2210 bigint, @Value2211 bigint, @Value2212 bigint, @Value2213 bigint, @Value2214 bigint, @Value2215 bigint, @Value2216 bigint, @Value2217 bigint, @Value2218 bigint, @Value2219 bigint, @Value2220 bigint, @Value2221 bigint, @Value2222 bigint, @Value2223 bigint, @Value2224 bigint, @Value2225 bigint, @Value2226 bigint, @Value2227 bigint, @Value2228 bigint, @Value2229 bigint, @Value2230 bigint, @Value2231 bigint, @Value2232 bigint, @Value2233 bigint, @Value2234 bigint, @Value2235 bigint, @Value2236 bigint, @Value2237 bigint, @Value2238 bigint, @Value2239 bigint, @Value2240 bigint, @Value2241 bigint, @Value2242 bigint, @Value2243 bigint, @Value2244 bigint, @Value2245 bigint, @Value2246 bigint, @Value2247 bigint, @Value2248 bigint, @Value2249 bigint, @Value2250 bigint, @Value2251 bigint, @Value2252 bigint, @Value2253 bigint, @Value2254 bigint, @Value2255 bigint, @Value2256 bigint, @Value2257 bigint, @Value2258 bigint, @Value2259 bigint, @Value2260 bigint, @Value2261 bigint, @Value2262 bigint, @Value2263 bigint, @Value2264 bigint, @Value2265 bigint, @Value2266 bigint, @Value2267 bigint, @Value2268 bigint, @Value2269 bigint, @Value2270 bigint, @Value2271 bigint, @Value2272 bigint, @Value2273 bigint, @Value2274 bigint, @Value2275 bigint, @Value2276 bigint, @Value2277 bigint, @Value2278 bigint, @Value2279 bigint, @Value2280 bigint, @Value2281 bigint, @Value2282 bigint, @Value2283 bigint, @Value2284 bigint, @Value2285 bigint, @Value2286 bigint, @Value2287 bigint, @Value2288 bigint, @Value2289 bigint, @Value2290 bigint, @Value2291 bigint, @Value2292 bigint, @Value2293 bigint, @Value2294 bigint, @Value2295 bigint, @Value2296 bigint, @Value2297 bigint, @Value2298 bigint, @Value2299 bigint, @Value2300 bigint, @Value2301 bigint, @Value2302 bigint, @Value2303 bigint, @Value2304 bigint, @Value2305 bigint, @Value2306 bigint, @Value2307 bigint, @Value2308 bigint, @Value2309 bigint, @Value2310 bigint, @Value2311 bigint, @Value2312 bigint, @Value2313 bigint, @Value2314 bigint, @Value2315 bigint, @Value2316 bigint, @Value2317 bigint, @Value2318 bigint, @Value2319 bigint, @Value2320 bigint, @Value2321 bigint, @Value2322 bigint, @Value2323 bigint, @Value2324 bigint, @Value2325 bigint, @Value2326 bigint, @Value2327 bigint, @Value2328 bigint, @Value2329 bigint, @Value2330 bigint, @Value2331 bigint, @Value2332 bigint, @Value2333 bigint, @Value2334 bigint, @Value2335 bigint, @Value2336 bigint, @Value2337 bigint, @Value2338 bigint, @Value2339 bigint, @Value2340 bigint, @Value2341 bigint, @Value2342 bigint, @Value2343 bigint, @Value2344 bigint, @Value2345 bigint, @Value2346 bigint, @Value2347 bigint, @Value2348 bigint, @Value2349 bigint, @Value2350 bigint, @Value2351 bigint, @Value2352 bigint, @Value2353 bigint, @Value2354 bigint, @Value2355 bigint, @Value2356 bigint, @Value2357 bigint, @Value2358 bigint, @Value2359 bigint, @Value2360 bigint, @Value2361 bigint, @Value2362 bigint, @Value2363 bigint, @Value2364 bigint, @Value2365 bigint, @Value2366 bigint, @Value2367 bigint, @Value2368 bigint, @Value2369 bigint, @Value2370 bigint, @Value2371 bigint, @Value2372 bigint, @Value2373 bigint, @Value2374 bigint, @Value2375 bigint, @Value2376 bigint, @Value2377 bigint, @Value2378 bigint, @Value2379 bigint, @Value2380 bigint, @Value2381 bigint, @Value2382 bigint, @Value2383 bigint, @Value2384 bigint, @Value2385 bigint, @Value2386 bigint, @Value2387 bigint, @Value2388 bigint, @Value2389 bigint, @Value2390 bigint, @Value2391 bigint, @Value2392 bigint, @Value2393 bigint, @Value2394 bigint, @Value2395 bigint, @Value2396 bigint, @Value2397 bigint, @Value2398 bigint, @Value2399 bigint, @Value2400 bigint, @Value2401 bigint, @Value2402 bigint, @Value2403 bigint, @Value2404 bigint, @Value2405 bigint, @Value2406 bigint, @Value2407 bigint, @Value2408 bigint, @Value2409 bigint, @Value2410 bigint, @Value2411 bigint, @Value2412 bigint, @Value2413 bigint, @Value2414 bigint, @Value2415 bigint, @Value2416 bigint, @Value2417 bigint, @Value2418 bigint, @Value2419 bigint, @Value2420 bigint, @Value2421 bigint, @Value2422 bigint, @Value2423 bigint, @Value2424 bigint, @Value2425 bigint, @Value2426 bigint, @Value2427 bigint, @Value2428 bigint, @Value2429 bigint, @Value2430 bigint, @Value2431 bigint, @Value2432 bigint, @Value2433 bigint, @Value2434 bigint, @Value2435 bigint, @Value2436 bigint, @Value2437 bigint, @Value2438 bigint, @Value2439 bigint, @Value2440 bigint, @Value2441 bigint, @Value2442 bigint, @Value2443 bigint, @Value2444 bigint, @Value2445 bigint, @Value2446 bigint, @Value2447 bigint, @Value2448 bigint, @Value2449 bigint, @Value2450 bigint, @Value2451 bigint, @Value2452 bigint, @Value2453 bigint, @Value2454 bigint, @Value2455 bigint, @Value2456 bigint, @Value2457 bigint, @Value2458 bigint, @Value2459 bigint, @Value2460 bigint, @Value2461 bigint, @Value2462 bigint, @Value2463 bigint, @Value2464 bigint, @Value2465 bigint, @Value2466 bigint, @Value2467 bigint, @Value2468 bigint, @Value2469 bigint, @Value2470 bigint, @Value2471 bigint, @Value2472 bigint, @Value2473 bigint, @Value2474 bigint, @Value2475 bigint, @Value2476 bigint, @Value2477 bigint, @Value2478 bigint, @Value2479 bigint, @Value2480 bigint, @Value2481 bigint, @Value2482 bigint, @Value2483 bigint, @Value2484 bigint, @Value2485 bigint, @Value2486 bigint, @Value2487 bigint, @Value2488 bigint, @Value2489 bigint, @Value2490 bigint, @Value2491 bigint, @Value2492 bigint, @Value2493 bigint, @Value2494 bigint, @Value2495 bigint, @Value2496 bigint, @Value2497 bigint, @Value2498 bigint, @Value2499 bigint, @Value2500 bigint, @Value2501 bigint, @Value2502 bigint, @Value2503 bigint, @Value2504 bigint, @Value2505 bigint, @Value2506 bigint, @Value2507 bigint, @Value2508 bigint, @Value2509 bigint, @Value2510 bigint, @Value2511 bigint, @Value2512 bigint, @Value2513 bigint, @Value2514 bigint, @Value2515 bigint, @Value2516 bigint, @Value2517 bigint, @Value2518 bigint, @Value2519 bigint, @Value2520 bigint, @Value2521 bigint, @Value2522 bigint, @Value2523 bigint, @Value2524 bigint, @Value2525 bigint, @Value2526 bigint, @Value2527 bigint, @Value2528 bigint, @Value2529 bigint, @Value2530 bigint, @Value2531 bigint, @Value2532 bigint, @Value2533 bigint, @Value2534 bigint, @Value2535 bigint, @Value2536 bigint, @Value2537 bigint, @Value2538 bigint, @Value2539 bigint, @Value2540 bigint, @Value2541 bigint, @Value2542 bigint, @Value2543 bigint, @Value2544 bigint, @Value2545 bigint, @Value2546 bigint, @Value2547 bigint, @Value2548 bigint, @Value2549 bigint, @Value2550 bigint, @Value2551 bigint, @Value2552 bigint, @Value2553 bigint, @Value2554 bigint, @Value2555 bigint, @Value2556 bigint, @Value2557 bigint, @Value2558 bigint, @Value2559 bigint, @Value2560 bigint, @Value2561 bigint, @Value2562 bigint, @Value2563 bigint, @Value2564 bigint, @Value2565 bigint, @Value2566 bigint, @Value2567 bigint, @Value2568 bigint, @Value2569 bigint, @Value2570 bigint, @Value2571 bigint, @Value2572 bigint, @Value2573 bigint, @Value2574 bigint, @Value2575 bigint, @Value2576 bigint, @Value2577 bigint, @Value2578 bigint, @Value2579 bigint, @Value2580 bigint, @Value2581 bigint, @Value2582 bigint, @Value2583 bigint, @Value2584 bigint, @Value2585 bigint, @Value2586 bigint, @Value2587 bigint, @Value2588 bigint, @Value2589 bigint, @Value2590 bigint, @Value2591 bigint, @Value2592 bigint, @Value2593 bigint, @Value2594 bigint, @Value2595 bigint, @Value2596 bigint, @Value2597 bigint, @Value2598 bigint, @Value2599 bigint;
SELECT COUNT(*)
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND ([o].[OrderId] NOT IN (@Value1, @Value3, @Value4, @Value5, @Value6, @Value7, @Value8, @Value9, @Value10, @Value11, @Value12, @Value13, @Value14, @Value15, @Value16, @Value17, @Value18, @Value19, @Value20, @Value21, @Value22, @Value23, @Value24, @Value25, @Value26, @Value27, @Value28, @Value29, @Value30, @Value31, @Value32, @Value33, @Value34, @Value35, @Value36, @Value37, @Value38, @Value39, @Value40, @Value41, @Value42, @Value43, @Value44, @Value45, @Value46, @Value47, @Value48, @Value49, @Value50, @Value51, @Value52, @Value53, @Value54, @Value55, @Value56, @Value57, @Value58, @Value59, @Value60, @Value61, @Value62, @Value63, @Value64, @Value65, @Value66, @Value67, @Value68, @Value69, @Value70, @Value71, @Value72, @Value73, @Value74, @Value75, @Value76, @Value77, @Value78, @Value79, @Value80, @Value81, @Value82, @Value83, @Value84, @Value85, @Value86, @Value87, @Value88, @Value89, @Value90, @Value91, @Value92, @Value93, @Value94, @Value95, @Value96, @Value97, @Value98, @Value99, @Value100, @Value101, @Value102, @Value103, @Value104, @Value105, @Value106, @Value107, @Value108, @Value109, @Value110, @Value111, @Value112, @Value113, @Value114, @Value115, @Value116, @Value117, @Value118, @Value119, @Value120, @Value121, @Value122, @Value123, @Value124, @Value125, @Value126, @Value127, @Value128, @Value129, @Value130, @Value131, @Value132, @Value133, @Value134, @Value135, @Value136, @Value137, @Value138, @Value139, @Value140, @Value141, @Value142, @Value143, @Value144, @Value145, @Value146, @Value147, @Value148, @Value149, @Value150, @Value151, @Value152, @Value153, @Value154, @Value155, @Value156, @Value157, @Value158, @Value159, @Value160, @Value161, @Value162, @Value163, @Value164, @Value165, @Value166, @Value167, @Value168, @Value169, @Value170, @Value171, @Value172, @Value173, @Value174, @Value175, @Value176, @Value177, @Value178, @Value179, @Value180, @Value181, @Value182, @Value183, @Value184, @Value185, @Value186, @Value187, @Value188, @Value189, @Value190, @Value191, @Value192, @Value193, @Value194, @Value195, @Value196, @Value197, @Value198, @Value199, @Value200, @Value201, @Value202, @Value203, @Value204, @Value205, @Value206, @Value207, @Value208, @Value209, @Value210, @Value211, @Value212, @Value213, @Value214, @Value215, @Value216, @Value217, @Value218, @Value219, @Value220, @Value221, @Value222, @Value223, @Value224, @Value225, @Value226, @Value227, @Value228, @Value229, @Value230, @Value231, @Value232, @Value233, @Value234, @Value235, @Value236, @Value237, @Value238, @Value239, @Value240, @Value241, @Value242, @Value243, @Value244, @Value245, @Value246, @Value247, @Value248, @Value249, @Value250, @Value251, @Value252, @Value253, @Value254, @Value255, @Value256, @Value257, @Value258, @Value259, @Value260, @Value261, @Value262, @Value263, @Value264, @Value265, @Value266, @Value267, @Value268, @Value269, @Value270, @Value271, @Value272, @Value273, @Value274, @Value275, @Value276, @Value277, @Value278, @Value279, @Value280, @Value281, @Value282, @Value283, @Value284, @Value285, @Value286, @Value287, @Value288, @Value289, @Value290, @Value291, @Value292, @Value293, @Value294, @Value295, @Value296, @Value297, @Value298, @Value299, @Value300, @Value301, @Value302, @Value303, @Value304, @Value305, @Value306, @Value307, @Value308, @Value309, @Value310, @Value311, @Value312, @Value313, @Value314, @Value315, @Value316, @Value317, @Value318, @Value319, @Value320, @Value321, @Value322, @Value323, @Value324, @Value325, @Value326, @Value327, @Value328, @Value329, @Value330, @Value331, @Value332, @Value333, @Value334, @Value335, @Value336, @Value337, @Value338, @Value339, @Value340, @Value341, @Value342, @Value343, @Value344, @Value345, @Value346, @Value347, @Value348, @Value349, @Value350, @Value351, @Value352, @Value353, @Value354, @Value355, @Value356, @Value357, @Value358, @Value359, @Value360, @Value361, @Value362, @Value363, @Value364, @Value365, @Value366, @Value367, @Value368, @Value369, @Value370, @Value371, @Value372, @Value373, @Value374, @Value375, @Value376, @Value377, @Value378, @Value379, @Value380, @Value381, @Value382, @Value383, @Value384, @Value385, @Value386, @Value387, @Value388, @Value389, @Value390, @Value391, @Value392, @Value393, @Value394, @Value395, @Value396, @Value397, @Value398, @Value399, @Value400, @Value401, @Value402, @Value403, @Value404, @Value405, @Value406, @Value407, @Value408, @Value409, @Value410, @Value411, @Value412, @Value413, @Value414, @Value415, @Value416, @Value417, @Value418, @Value419, @Value420, @Value421, @Value422, @Value423, @Value424, @Value425, @Value426, @Value427, @Value428, @Value429, @Value430, @Value431, @Value432, @Value433, @Value434, @Value435, @Value436, @Value437, @Value438, @Value439, @Value440, @Value441, @Value442, @Value443, @Value444, @Value445, @Value446, @Value447, @Value448, @Value449, @Value450, @Value451, @Value452, @Value453, @Value454, @Value455, @Value456, @Value457, @Value458, @Value459, @Value460, @Value461, @Value462, @Value463, @Value464, @Value465, @Value466, @Value467, @Value468, @Value469, @Value470, @Value471, @Value472, @Value473, @Value474, @Value475, @Value476, @Value477, @Value478, @Value479, @Value480, @Value481, @Value482, @Value483, @Value484, @Value485, @Value486, @Value487, @Value488, @Value489, @Value490, @Value491, @Value492, @Value493, @Value494, @Value495, @Value496, @Value497, @Value498, @Value499, @Value500, @Value501) OR [o].[OrderId] COLLATE Latin1_General_100_BIN2 NOT IN (@Value1, @Value3, @Value4, @Value5, @Value6, @Value7, @Value8, @Value9, @Value10, @Value11, @Value12, @Value13, @Value14, @Value15, @Value16, @Value17, @Value18, @Value19, @Value20, @Value21, @Value22, @Value23, @Value24, @Value25, @Value26, @Value27, @Value28, @Value29, @Value30, @Value31, @Value32, @Value33, @Value34, @Value35, @Value36, @Value37, @Value38, @Value39, @Value40, @Value41, @Value42, @Value43, @Value44, @Value45, @Value46, @Value47, @Value48, @Value49, @Value50, @Value51, @Value52, @Value53, @Value54, @Value55, @Value56, @Value57, @Value58, @Value59, @Value60, @Value61, @Value62, @Value63, @Value64, @Value65, @Value66, @Value67, @Value68, @Value69, @Value70, @Value71, @Value72, @Value73, @Value74, @Value75, @Value76, @Value77, @Value78, @Value79, @Value80, @Value81, @Value82, @Value83, @Value84, @Value85, @Value86, @Value87, @Value88, @Value89, @Value90, @Value91, @Value92, @Value93, @Value94, @Value95, @Value96, @Value97, @Value98, @Value99, @Value100, @Value101, @Value102, @Value103, @Value104, @Value105, @Value106, @Value107, @Value108, @Value109, @Value110, @Value111, @Value112, @Value113, @Value114, @Value115, @Value116, @Value117, @Value118, @Value119, @Value120, @Value121, @Value122, @Value123, @Value124, @Value125, @Value126, @Value127, @Value128, @Value129, @Value130, @Value131, @Value132, @Value133, @Value134, @Value135, @Value136, @Value137, @Value138, @Value139, @Value140, @Value141, @Value142, @Value143, @Value144, @Value145, @Value146, @Value147, @Value148, @Value149, @Value150, @Value151, @Value152, @Value153, @Value154, @Value155, @Value156, @Value157, @Value158, @Value159, @Value160, @Value161, @Value162, @Value163, @Value164, @Value165, @Value166, @Value167, @Value168, @Value169, @Value170, @Value171, @Value172, @Value173, @Value174, @Value175, @Value176, @Value177, @Value178, @Value179, @Value180, @Value181, @Value182, @Value183, @Value184, @Value185, @Value186, @Value187, @Value188, @Value189, @Value190, @Value191, @Value192, @Value193, @Value194, @Value195, @Value196, @Value197, @Value198, @Value199, @Value200, @Value201, @Value202, @Value203, @Value204, @Value205, @Value206, @Value207, @Value208, @Value209, @Value210, @Value211, @Value212, @Value213, @Value214, @Value215, @Value216, @Value217, @Value218, @Value219, @Value220, @Value221, @Value222, @Value223, @Value224, @Value225, @Value226, @Value227, @Value228, @Value229, @Value230, @Value231, @Value232, @Value233, @Value234, @Value235, @Value236, @Value237, @Value238, @Value239, @Value240, @Value241, @Value242, @Value243, @Value244, @Value245, @Value246, @Value247, @Value248, @Value249, @Value250, @Value251, @Value252, @Value253, @Value254, @Value255, @Value256, @Value257, @Value258, @Value259, @Value260, @Value261, @Value262, @Value263, @Value264, @Value265, @Value266, @Value267, @Value268, @Value269, @Value270, @Value271, @Value272, @Value273, @Value274, @Value275, @Value276, @Value277, @Value278, @Value279, @Value280, @Value281, @Value282, @Value283, @Value284, @Value285, @Value286, @Value287, @Value288, @Value289, @Value290, @Value291, @Value292, @Value293, @Value294, @Value295, @Value296, @Value297, @Value298, @Value299, @Value300, @Value301, @Value302, @Value303, @Value304, @Value305, @Value306, @Value307, @Value308, @Value309, @Value310, @Value311, @Value312, @Value313, @Value314, @Value315, @Value316, @Value317, @Value318, @Value319, @Value320, @Value321, @Value322, @Value323, @Value324, @Value325, @Value326, @Value327, @Value328, @Value329, @Value330, @Value331, @Value332, @Value333, @Value334, @Value335, @Value336, @Value337, @Value338, @Value339, @Value340, @Value341, @Value342, @Value343, @Value344, @Value345, @Value346, @Value347, @Value348, @Value349, @Value350, @Value351, @Value352, @Value353, @Value354, @Value355, @Value356, @Value357, @Value358, @Value359, @Value360, @Value361, @Value362, @Value363, @Value364, @Value365, @Value366, @Value367, @Value368, @Value369, @Value370, @Value371, @Value372, @Value373, @Value374, @Value375, @Value376, @Value377, @Value378, @Value379, @Value380, @Value381, @Value382, @Value383, @Value384, @Value385, @Value386, @Value387, @Value388, @Value389, @Value390, @Value391, @Value392, @Value393, @Value394, @Value395, @Value396, @Value397, @Value398, @Value399, @Value400, @Value401, @Value402, @Value403, @Value404, @Value405, @Value406, @Value407, @Value408, @Value409, @Value410, @Value411, @Value412, @Value413, @Value414, @Value415, @Value416, @Value417, @Value418, @Value419, @Value420, @Value421, @Value422, @Value423, @Value424, @Value425, @Value426, @Value427, @Value428, @Value429, @Value430, @Value431, @Value432, @Value433, @Value434, @Value435, @Value436, @Value437, @Value438, @Value439, @Value440, @Value441, @Value442, @Value443, @Value444, @Value445, @Value446, @Value447, @Value448, @Value449, @Value450, @Value451, @Value452, @Value453, @Value454, @Value455, @Value456, @Value457, @Value458, @Value459, @Value460, @Value461, @Value462, @Value463, @Value464, @Value465, @Value466, @Value467, @Value468, @Value469, @Value470, @Value471, @Value472, @Value473, @Value474, @Value475, @Value476, @Value477, @Value478, @Value479, @Value480, @Value481, @Value482, @Value483, @Value484, @Value485, @Value486, @Value487, @Value488, @Value489, @Value490, @Value491, @Value492, @Value493, @Value494, @Value495, @Value496, @Value497, @Value498, @Value499, @Value500, @Value501)) AND [o].[Amount] IN (@Value2100, @Value2101, @Value2102, @Value2103, @Value2104, @Value2105, @Value2106, @Value2107, @Value2108, @Value2109, @Value2110, @Value2111, @Value2112, @Value2113, @Value2114, @Value2115, @Value2116, @Value2117, @Value2118, @Value2119, @Value2120, @Value2121, @Value2122, @Value2123, @Value2124, @Value2125, @Value2126, @Value2127, @Value2128, @Value2129, @Value2130, @Value2131, @Value2132, @Value2133, @Value2134, @Value2135, @Value2136, @Value2137, @Value2138, @Value2139, @Value2140, @Value2141, @Value2142, @Value2143, @Value2144, @Value2145, @Value2146, @Value2147, @Value2148, @Value2149, @Value2150, @Value2151, @Value2152, @Value2153, @Value2154, @Value2155, @Value2156, @Value2157, @Value2158, @Value2159, @Value2160, @Value2161, @Value2162, @Value2163, @Value2164, @Value2165, @Value2166, @Value2167, @Value2168, @Value2169, @Value2170, @Value2171, @Value2172, @Value2173, @Value2174, @Value2175, @Value2176, @Value2177, @Value2178, @Value2179, @Value2180, @Value2181, @Value2182, @Value2183, @Value2184, @Value2185, @Value2186, @Value2187, @Value2188, @Value2189, @Value2190, @Value2191, @Value2192, @Value2193, @Value2194, @Value2195, @Value2196, @Value2197, @Value2198, @Value2199, @Value2200, @Value2201, @Value2202, @Value2203, @Value2204, @Value2205, @Value2206, @Value2207, @Value2208, @Value2209, @Value2210, @Value2211, @Value2212, @Value2213, @Value2214, @Value2215, @Value2216, @Value2217, @Value2218, @Value2219, @Value2220, @Value2221, @Value2222, @Value2223, @Value2224, @Value2225, @Value2226, @Value2227, @Value2228, @Value2229, @Value2230, @Value2231, @Value2232, @Value2233, @Value2234, @Value2235, @Value2236, @Value2237, @Value2238, @Value2239, @Value2240, @Value2241, @Value2242, @Value2243, @Value2244, @Value2245, @Value2246, @Value2247, @Value2248, @Value2249, @Value2250, @Value2251, @Value2252, @Value2253, @Value2254, @Value2255, @Value2256, @Value2257, @Value2258, @Value2259, @Value2260, @Value2261, @Value2262, @Value2263, @Value2264, @Value2265, @Value2266, @Value2267, @Value2268, @Value2269, @Value2270, @Value2271, @Value2272, @Value2273, @Value2274, @Value2275, @Value2276, @Value2277, @Value2278, @Value2279, @Value2280, @Value2281, @Value2282, @Value2283, @Value2284, @Value2285, @Value2286, @Value2287, @Value2288, @Value2289, @Value2290, @Value2291, @Value2292, @Value2293, @Value2294, @Value2295, @Value2296, @Value2297, @Value2298, @Value2299, @Value2300, @Value2301, @Value2302, @Value2303, @Value2304, @Value2305, @Value2306, @Value2307, @Value2308, @Value2309, @Value2310, @Value2311, @Value2312, @Value2313, @Value2314, @Value2315, @Value2316, @Value2317, @Value2318, @Value2319, @Value2320, @Value2321, @Value2322, @Value2323, @Value2324, @Value2325, @Value2326, @Value2327, @Value2328, @Value2329, @Value2330, @Value2331, @Value2332, @Value2333, @Value2334, @Value2335, @Value2336, @Value2337, @Value2338, @Value2339, @Value2340, @Value2341, @Value2342, @Value2343, @Value2344, @Value2345, @Value2346, @Value2347, @Value2348, @Value2349, @Value2350, @Value2351, @Value2352, @Value2353, @Value2354, @Value2355, @Value2356, @Value2357, @Value2358, @Value2359, @Value2360, @Value2361, @Value2362, @Value2363, @Value2364, @Value2365, @Value2366, @Value2367, @Value2368, @Value2369, @Value2370, @Value2371, @Value2372, @Value2373, @Value2374, @Value2375, @Value2376, @Value2377, @Value2378, @Value2379, @Value2380, @Value2381, @Value2382, @Value2383, @Value2384, @Value2385, @Value2386, @Value2387, @Value2388, @Value2389, @Value2390, @Value2391, @Value2392, @Value2393, @Value2394, @Value2395, @Value2396, @Value2397, @Value2398, @Value2399, @Value2400, @Value2401, @Value2402, @Value2403, @Value2404, @Value2405, @Value2406, @Value2407, @Value2408, @Value2409, @Value2410, @Value2411, @Value2412, @Value2413, @Value2414, @Value2415, @Value2416, @Value2417, @Value2418, @Value2419, @Value2420, @Value2421, @Value2422, @Value2423, @Value2424, @Value2425, @Value2426, @Value2427, @Value2428, @Value2429, @Value2430, @Value2431, @Value2432, @Value2433, @Value2434, @Value2435, @Value2436, @Value2437, @Value2438, @Value2439, @Value2440, @Value2441, @Value2442, @Value2443, @Value2444, @Value2445, @Value2446, @Value2447, @Value2448, @Value2449, @Value2450, @Value2451, @Value2452, @Value2453, @Value2454, @Value2455, @Value2456, @Value2457, @Value2458, @Value2459, @Value2460, @Value2461, @Value2462, @Value2463, @Value2464, @Value2465, @Value2466, @Value2467, @Value2468, @Value2469, @Value2470, @Value2471, @Value2472, @Value2473, @Value2474, @Value2475, @Value2476, @Value2477, @Value2478, @Value2479, @Value2480, @Value2481, @Value2482, @Value2483, @Value2484, @Value2485, @Value2486, @Value2487, @Value2488, @Value2489, @Value2490, @Value2491, @Value2492, @Value2493, @Value2494, @Value2495, @Value2496, @Value2497, @Value2498, @Value2499, @Value2500, @Value2501, @Value2502, @Value2503, @Value2504, @Value2505, @Value2506, @Value2507, @Value2508, @Value2509, @Value2510, @Value2511, @Value2512, @Value2513, @Value2514, @Value2515, @Value2516, @Value2517, @Value2518, @Value2519, @Value2520, @Value2521, @Value2522, @Value2523, @Value2524, @Value2525, @Value2526, @Value2527, @Value2528, @Value2529, @Value2530, @Value2531, @Value2532, @Value2533, @Value2534, @Value2535, @Value2536, @Value2537, @Value2538, @Value2539, @Value2540, @Value2541, @Value2542, @Value2543, @Value2544, @Value2545, @Value2546, @Value2547, @Value2548, @Value2549, @Value2550, @Value2551, @Value2552, @Value2553, @Value2554, @Value2555, @Value2556, @Value2557, @Value2558, @Value2559, @Value2560, @Value2561, @Value2562, @Value2563, @Value2564, @Value2565, @Value2566, @Value2567, @Value2568, @Value2569, @Value2570, @Value2571, @Value2572, @Value2573, @Value2574, @Value2575, @Value2576, @Value2577, @Value2578, @Value2579, @Value2580, @Value2581, @Value2582, @Value2583, @Value2584, @Value2585, @Value2586, @Value2587, @Value2588, @Value2589, @Value2590, @Value2591, @Value2592, @Value2593, @Value2594, @Value2595, @Value2596, @Value2597, @Value2598, @Value2599)
GO

-- orders with their operations (batched), each sort of the child list
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[CreatedAt], [o].[Id], [o].[OrderId]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- orders with their operations (batched), each sort of the child list
DECLARE @ef_filter__CurrentMerchantId varchar(64), @orderKeys nvarchar(4000);
SELECT [o].[ApiKeyId], [o].[Id], [o].[OperationId], [o].[OperationTime], [o].[OrderKey]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderKey] IN (
    SELECT [o0].[value]
    FROM OPENJSON(@orderKeys) WITH ([value] bigint '$') AS [o0]
)
ORDER BY [o].[OperationTime], [o].[Id]
GO

-- orders with their operations (batched), each sort of the child list
DECLARE @ef_filter__CurrentMerchantId varchar(64), @orderKeys nvarchar(4000);
SELECT [o].[Id], [o].[OperationAmount], [o].[OperationId], [o].[OrderKey]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderKey] IN (
    SELECT [o0].[value]
    FROM OPENJSON(@orderKeys) WITH ([value] bigint '$') AS [o0]
)
ORDER BY [o].[OperationAmount] DESC, [o].[Id] DESC
GO

-- orders with their operations (batched), each sort of the child list
DECLARE @ef_filter__CurrentMerchantId varchar(64), @keys nvarchar(4000);
SELECT [o].[Id], [o].[Amount], [o].[AuthorizedAmount], [o].[CapturedAmount], [o].[Channel], [o].[CreatedAt], [o].[Currency], [o].[CustomField], [o].[CustomerId], [o].[Description], [o].[EventSequence], [o].[LastOperationTime], [o].[LastOperationType], [o].[MerchantId], [o].[OrderId], [o].[RefundedAmount], [o].[Status], [o].[Version]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Id] IN (
    SELECT [k].[value]
    FROM OPENJSON(@keys) WITH ([value] bigint '$') AS [k]
)
GO

-- orders with their operations (batched), each sort of the child list
DECLARE @ef_filter__CurrentMerchantId varchar(64), @keys nvarchar(4000);
SELECT [o].[Id], [o].[Amount], [o].[AuthorizedAmount], [o].[CapturedAmount], [o].[Channel], [o].[CreatedAt], [o].[Currency], [o].[CustomField], [o].[CustomerId], [o].[Description], [o].[EventSequence], [o].[LastOperationTime], [o].[LastOperationType], [o].[MerchantId], [o].[OrderId], [o].[RefundedAmount], [o].[Status], [o].[Version], [o1].[Id], [o1].[ApiKeyId], [o1].[Channel], [o1].[ContractId], [o1].[CorrelationId], [o1].[Description], [o1].[MerchantId], [o1].[OperationAmount], [o1].[OperationCurrency], [o1].[OperationId], [o1].[OperationResult], [o1].[OperationTime], [o1].[OperationType], [o1].[OrderId], [o1].[OrderKey], [o1].[ParentOperationId], [o1].[PaymentCircuit], [o1].[PaymentInstrumentInfo], [o1].[PaymentMethod]
FROM [Orders] AS [o]
LEFT JOIN (
    SELECT [o0].[Id], [o0].[ApiKeyId], [o0].[Channel], [o0].[ContractId], [o0].[CorrelationId], [o0].[Description], [o0].[MerchantId], [o0].[OperationAmount], [o0].[OperationCurrency], [o0].[OperationId], [o0].[OperationResult], [o0].[OperationTime], [o0].[OperationType], [o0].[OrderId], [o0].[OrderKey], [o0].[ParentOperationId], [o0].[PaymentCircuit], [o0].[PaymentInstrumentInfo], [o0].[PaymentMethod]
    FROM [Operations] AS [o0]
    WHERE [o0].[MerchantId] = @ef_filter__CurrentMerchantId
) AS [o1] ON [o].[Id] = [o1].[OrderKey]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Id] IN (
    SELECT [k].[value]
    FROM OPENJSON(@keys) WITH ([value] bigint '$') AS [k]
)
ORDER BY [o].[Id]
GO

-- orders with their operations (batched), each sort of the child list
DECLARE @merchantId varchar(64), @ids1 bigint;
SELECT [a].[Id], [a].[Name]
FROM [ApiKeys] AS [a]
WHERE [a].[MerchantId] = @merchantId AND [a].[Id] = @ids1
GO

-- operations with their orders, actions and initiators (batched)
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(3) [o].[ApiKeyId], [o].[Id], [o].[OperationId], [o].[OperationTime], [o].[OrderKey]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- contracts with who deactivated them (batched)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT TOP(11) [c].[ContractId], [c].[CreatedAt], [c].[DeactivatedByApiKeyId], [c].[Id]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId
ORDER BY [c].[CreatedAt] DESC, [c].[Id] DESC
GO

-- order(orderId) with its operations
DECLARE @ef_filter__CurrentMerchantId varchar(64), @orderId varchar(27);
SELECT TOP(1) [o].[Id], [o].[Amount], [o].[AuthorizedAmount], [o].[CapturedAmount], [o].[Channel], [o].[CreatedAt], [o].[Currency], [o].[CustomField], [o].[CustomerId], [o].[Description], [o].[EventSequence], [o].[LastOperationTime], [o].[LastOperationType], [o].[MerchantId], [o].[OrderId], [o].[RefundedAmount], [o].[Status], [o].[Version]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] = @orderId
GO

-- order(orderId) with its operations
DECLARE @ef_filter__CurrentMerchantId varchar(64), @only bigint;
SELECT [o].[ApiKeyId], [o].[Id], [o].[OperationId], [o].[OperationTime], [o].[OrderKey]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderKey] = @only
ORDER BY [o].[OperationTime], [o].[Id]
GO

-- operation(operationId)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @operationId varchar(32);
SELECT TOP(1) [o].[Id], [o].[ApiKeyId], [o].[Channel], [o].[ContractId], [o].[CorrelationId], [o].[Description], [o].[MerchantId], [o].[OperationAmount], [o].[OperationCurrency], [o].[OperationId], [o].[OperationResult], [o].[OperationTime], [o].[OperationType], [o].[OrderId], [o].[OrderKey], [o].[ParentOperationId], [o].[PaymentCircuit], [o].[PaymentInstrumentInfo], [o].[PaymentMethod]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] = @operationId
GO

-- node(Order)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @values1 varchar(27);
SELECT [o].[Id], [o].[Amount], [o].[AuthorizedAmount], [o].[CapturedAmount], [o].[Channel], [o].[CreatedAt], [o].[Currency], [o].[CustomField], [o].[CustomerId], [o].[Description], [o].[EventSequence], [o].[LastOperationTime], [o].[LastOperationType], [o].[MerchantId], [o].[OrderId], [o].[RefundedAmount], [o].[Status], [o].[Version]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] = @values1
GO

-- node(Operation)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @values1 varchar(32);
SELECT [o].[Id], [o].[ApiKeyId], [o].[Channel], [o].[ContractId], [o].[CorrelationId], [o].[Description], [o].[MerchantId], [o].[OperationAmount], [o].[OperationCurrency], [o].[OperationId], [o].[OperationResult], [o].[OperationTime], [o].[OperationType], [o].[OrderId], [o].[OrderKey], [o].[ParentOperationId], [o].[PaymentCircuit], [o].[PaymentInstrumentInfo], [o].[PaymentMethod]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] = @values1
GO

-- node(Contract)
DECLARE @ef_filter__CurrentMerchantId varchar(64), @values1 varchar(32);
SELECT [c].[Id], [c].[ContractExpiryDate], [c].[ContractId], [c].[ContractType], [c].[CreatedAt], [c].[CustomerId], [c].[DeactivatedAt], [c].[DeactivatedByApiKeyId], [c].[DeactivationCorrelationId], [c].[ExpiryDate], [c].[FrequencyDays], [c].[MerchantId], [c].[PaymentCircuit], [c].[PaymentInstrumentInfo], [c].[PaymentMethod], [c].[Status]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[ContractId] = @values1
GO

-- viewer
DECLARE @key_MerchantId varchar(64);
SELECT TOP(2) [m].[Name]
FROM [Merchants] AS [m]
WHERE [m].[MerchantId] = @key_MerchantId
GO

-- viewer
DECLARE @key_ApiKeyId bigint;
SELECT TOP(2) [a].[Name]
FROM [ApiKeys] AS [a]
WHERE [a].[Id] = @key_ApiKeyId
GO

-- orderStatistics, filtered, by day of a zone
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value1 nvarchar(24), @Value2 nvarchar(24);
SELECT [o0].[Currency], [o0].[Day], [o0].[Hour], [o0].[Quarter], COUNT(*), COALESCE(SUM([o0].[Amount]), CAST(0 AS bigint)), COUNT(CASE
    WHEN [o0].[CapturedAmount] > CAST(0 AS bigint) THEN 1
END), COALESCE(SUM([o0].[CapturedAmount]), CAST(0 AS bigint)), COUNT(CASE
    WHEN [o0].[RefundedAmount] > CAST(0 AS bigint) THEN 1
END), COALESCE(SUM([o0].[RefundedAmount]), CAST(0 AS bigint)), COUNT(CASE
    WHEN [o0].[Status] IN (N'Pending', N'Authorized') THEN 1
END), COALESCE(SUM(CASE
    WHEN [o0].[Status] IN (N'Pending', N'Authorized') THEN [o0].[AuthorizedAmount] - [o0].[CapturedAmount]
    ELSE CAST(0 AS bigint)
END), CAST(0 AS bigint)), COUNT(CASE
    WHEN [o0].[Status] = N'Declined' THEN 1
END), COALESCE(SUM(CASE
    WHEN [o0].[Status] = N'Declined' THEN [o0].[Amount]
    ELSE CAST(0 AS bigint)
END), CAST(0 AS bigint))
FROM (
    SELECT [o].[Amount], [o].[AuthorizedAmount], [o].[CapturedAmount], [o].[Currency], [o].[RefundedAmount], [o].[Status], CONVERT(date, [o].[CreatedAt]) AS [Day], DATEPART(hour, [o].[CreatedAt]) AS [Hour], DATEPART(minute, [o].[CreatedAt]) / 15 AS [Quarter]
    FROM [Orders] AS [o]
    WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Status] IN (@Value1, @Value2)
) AS [o0]
GROUP BY [o0].[Currency], [o0].[Day], [o0].[Hour], [o0].[Quarter]
GO

-- orderStatistics, the chart's local days from the quarter-hour totals
DECLARE @ef_filter__CurrentMerchantId varchar(64), @from datetime2(3), @until datetime2(3);
SELECT [o].[MerchantId], [o].[PeriodStart], [o].[Currency], [o].[Amount], [o].[CapturedAmount], [o].[CapturedCount], [o].[DeclinedAmount], [o].[DeclinedCount], [o].[OrderCount], [o].[PendingAmount], [o].[PendingCount], [o].[RefundedAmount], [o].[RefundedCount]
FROM [OrderVolumes] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderCount] > 0 AND [o].[PeriodStart] >= @from AND [o].[PeriodStart] < @until
GO

-- CSV export, filtered and sorted
DECLARE @ef_filter__CurrentMerchantId varchar(64), @Value_startswith varchar(27);
SELECT [o].[Id], [o].[Amount], [o].[AuthorizedAmount], [o].[CapturedAmount], [o].[Channel], [o].[CreatedAt], [o].[Currency], [o].[CustomField], [o].[CustomerId], [o].[Description], [o].[EventSequence], [o].[LastOperationTime], [o].[LastOperationType], [o].[MerchantId], [o].[OrderId], [o].[RefundedAmount], [o].[Status], [o].[Version]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[CustomerId] LIKE @Value_startswith ESCAPE '\' AND [o].[CustomerId] COLLATE Latin1_General_100_BIN2 LIKE @Value_startswith ESCAPE '\'
ORDER BY [o].[Amount] DESC, [o].[Id] DESC
GO

-- captureOperation
DECLARE @ef_filter__CurrentMerchantId varchar(64), @key varchar(64);
SELECT TOP(1) [i].[Id], [i].[CreatedAt], [i].[Key], [i].[MerchantId], [i].[Mutation], [i].[RequestHash], [i].[ResultId]
FROM [IdempotencyRecords] AS [i]
WHERE [i].[MerchantId] = @ef_filter__CurrentMerchantId AND [i].[Key] = @key
GO

-- captureOperation
DECLARE @ef_filter__CurrentMerchantId varchar(64), @OperationId varchar(32);
SELECT TOP(1) [o].[OrderKey]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] = @OperationId
GO

-- captureOperation
DECLARE @ef_filter__CurrentMerchantId varchar(64), @orderKey bigint;
SELECT [o1].[Id], [o1].[Amount], [o1].[AuthorizedAmount], [o1].[CapturedAmount], [o1].[Channel], [o1].[CreatedAt], [o1].[Currency], [o1].[CustomField], [o1].[CustomerId], [o1].[Description], [o1].[EventSequence], [o1].[LastOperationTime], [o1].[LastOperationType], [o1].[MerchantId], [o1].[OrderId], [o1].[RefundedAmount], [o1].[Status], [o1].[Version], [o2].[Id], [o2].[ApiKeyId], [o2].[Channel], [o2].[ContractId], [o2].[CorrelationId], [o2].[Description], [o2].[MerchantId], [o2].[OperationAmount], [o2].[OperationCurrency], [o2].[OperationId], [o2].[OperationResult], [o2].[OperationTime], [o2].[OperationType], [o2].[OrderId], [o2].[OrderKey], [o2].[ParentOperationId], [o2].[PaymentCircuit], [o2].[PaymentInstrumentInfo], [o2].[PaymentMethod]
FROM (
    SELECT TOP(1) [o].[Id], [o].[Amount], [o].[AuthorizedAmount], [o].[CapturedAmount], [o].[Channel], [o].[CreatedAt], [o].[Currency], [o].[CustomField], [o].[CustomerId], [o].[Description], [o].[EventSequence], [o].[LastOperationTime], [o].[LastOperationType], [o].[MerchantId], [o].[OrderId], [o].[RefundedAmount], [o].[Status], [o].[Version]
    FROM [Orders] AS [o]
    WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Id] = @orderKey
) AS [o1]
LEFT JOIN (
    SELECT [o0].[Id], [o0].[ApiKeyId], [o0].[Channel], [o0].[ContractId], [o0].[CorrelationId], [o0].[Description], [o0].[MerchantId], [o0].[OperationAmount], [o0].[OperationCurrency], [o0].[OperationId], [o0].[OperationResult], [o0].[OperationTime], [o0].[OperationType], [o0].[OrderId], [o0].[OrderKey], [o0].[ParentOperationId], [o0].[PaymentCircuit], [o0].[PaymentInstrumentInfo], [o0].[PaymentMethod]
    FROM [Operations] AS [o0]
    WHERE [o0].[MerchantId] = @ef_filter__CurrentMerchantId
) AS [o2] ON [o1].[Id] = [o2].[OrderKey]
ORDER BY [o1].[Id]
GO

-- captureOperation
DECLARE @p bigint, @merchantId varchar(64);
UPDATE [m]
SET [m].[LastEventSequence] = [m].[LastEventSequence] + @p
FROM [Merchants] AS [m]
WHERE [m].[MerchantId] = @merchantId
GO

-- captureOperation
DECLARE @p0 datetime2(3), @p1 varchar(64), @p2 varchar(64), @p3 varchar(24), @p4 varchar(64), @p5 varchar(32), @p6 bigint, @p7 nvarchar(24), @p8 varchar(32), @p9 varchar(64), @p10 nvarchar(255), @p11 varchar(64), @p12 bigint, @p13 char(3), @p14 varchar(32), @p15 nvarchar(24), @p16 datetime2(3), @p17 nvarchar(24), @p18 varchar(27), @p19 bigint, @p20 varchar(32), @p21 varchar(24), @p22 varchar(32), @p23 varchar(24), @p30 bigint, @p24 bigint, @p25 bigint, @p26 datetime2(3), @p27 nvarchar(24), @p28 nvarchar(24), @p29 int, @p31 int, @p32 varchar(64), @p33 datetime2(3), @p34 varchar(64), @p35 varchar(36), @p36 varchar(64), @p37 datetime2(3), @p38 varchar(32), @p39 varchar(27), @p40 bigint, @p41 nvarchar(4000), @p42 datetime2(3), @p43 bigint, @p44 varchar(55);
SET NOCOUNT ON;
INSERT INTO [IdempotencyRecords] ([CreatedAt], [Key], [MerchantId], [Mutation], [RequestHash], [ResultId])
OUTPUT INSERTED.[Id]
VALUES (@p0, @p1, @p2, @p3, @p4, @p5);
INSERT INTO [Operations] ([ApiKeyId], [Channel], [ContractId], [CorrelationId], [Description], [MerchantId], [OperationAmount], [OperationCurrency], [OperationId], [OperationResult], [OperationTime], [OperationType], [OrderId], [OrderKey], [ParentOperationId], [PaymentCircuit], [PaymentInstrumentInfo], [PaymentMethod])
OUTPUT INSERTED.[Id]
VALUES (@p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23);
UPDATE [Orders] SET [CapturedAmount] = @p24, [EventSequence] = @p25, [LastOperationTime] = @p26, [LastOperationType] = @p27, [Status] = @p28, [Version] = @p29
WHERE [Id] = @p30 AND [Version] = @p31;
SELECT @@ROWCOUNT;

INSERT INTO [OutboxEvents] ([ClaimedBy], [ClaimedUntil], [CorrelationId], [EventId], [MerchantId], [OccurredAt], [OperationId], [OrderId], [OrderKey], [Payload], [SentAt], [Sequence], [TraceParent])
OUTPUT INSERTED.[Id]
VALUES (@p32, @p33, @p34, @p35, @p36, @p37, @p38, @p39, @p40, @p41, @p42, @p43, @p44);
GO

-- refundOperation
DECLARE @p0 datetime2(3), @p1 varchar(64), @p2 varchar(64), @p3 varchar(24), @p4 varchar(64), @p5 varchar(32), @p6 bigint, @p7 nvarchar(24), @p8 varchar(32), @p9 varchar(64), @p10 nvarchar(255), @p11 varchar(64), @p12 bigint, @p13 char(3), @p14 varchar(32), @p15 nvarchar(24), @p16 datetime2(3), @p17 nvarchar(24), @p18 varchar(27), @p19 bigint, @p20 varchar(32), @p21 varchar(24), @p22 varchar(32), @p23 varchar(24), @p30 bigint, @p24 bigint, @p25 datetime2(3), @p26 nvarchar(24), @p27 bigint, @p28 nvarchar(24), @p29 int, @p31 int, @p32 varchar(64), @p33 datetime2(3), @p34 varchar(64), @p35 varchar(36), @p36 varchar(64), @p37 datetime2(3), @p38 varchar(32), @p39 varchar(27), @p40 bigint, @p41 nvarchar(4000), @p42 datetime2(3), @p43 bigint, @p44 varchar(55);
SET NOCOUNT ON;
INSERT INTO [IdempotencyRecords] ([CreatedAt], [Key], [MerchantId], [Mutation], [RequestHash], [ResultId])
OUTPUT INSERTED.[Id]
VALUES (@p0, @p1, @p2, @p3, @p4, @p5);
INSERT INTO [Operations] ([ApiKeyId], [Channel], [ContractId], [CorrelationId], [Description], [MerchantId], [OperationAmount], [OperationCurrency], [OperationId], [OperationResult], [OperationTime], [OperationType], [OrderId], [OrderKey], [ParentOperationId], [PaymentCircuit], [PaymentInstrumentInfo], [PaymentMethod])
OUTPUT INSERTED.[Id]
VALUES (@p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23);
UPDATE [Orders] SET [EventSequence] = @p24, [LastOperationTime] = @p25, [LastOperationType] = @p26, [RefundedAmount] = @p27, [Status] = @p28, [Version] = @p29
WHERE [Id] = @p30 AND [Version] = @p31;
SELECT @@ROWCOUNT;

INSERT INTO [OutboxEvents] ([ClaimedBy], [ClaimedUntil], [CorrelationId], [EventId], [MerchantId], [OccurredAt], [OperationId], [OrderId], [OrderKey], [Payload], [SentAt], [Sequence], [TraceParent])
OUTPUT INSERTED.[Id]
VALUES (@p32, @p33, @p34, @p35, @p36, @p37, @p38, @p39, @p40, @p41, @p42, @p43, @p44);
GO

-- cancelOperation of a capture made today
DECLARE @p0 datetime2(3), @p1 varchar(64), @p2 varchar(64), @p3 varchar(24), @p4 varchar(64), @p5 varchar(32), @p7 bigint, @p6 nvarchar(24), @p8 bigint, @p9 nvarchar(24), @p10 varchar(32), @p11 varchar(64), @p12 nvarchar(255), @p13 varchar(64), @p14 bigint, @p15 char(3), @p16 varchar(32), @p17 nvarchar(24), @p18 datetime2(3), @p19 nvarchar(24), @p20 varchar(27), @p21 bigint, @p22 varchar(32), @p23 varchar(24), @p24 varchar(32), @p25 varchar(24), @p32 bigint, @p26 bigint, @p27 bigint, @p28 datetime2(3), @p29 nvarchar(24), @p30 nvarchar(24), @p31 int, @p33 int, @p34 varchar(64), @p35 datetime2(3), @p36 varchar(64), @p37 varchar(36), @p38 varchar(64), @p39 datetime2(3), @p40 varchar(32), @p41 varchar(27), @p42 bigint, @p43 nvarchar(4000), @p44 datetime2(3), @p45 bigint, @p46 varchar(55), @p47 varchar(64), @p48 datetime2(3), @p49 varchar(64), @p50 varchar(36), @p51 varchar(64), @p52 datetime2(3), @p53 varchar(32), @p54 varchar(27), @p55 bigint, @p56 nvarchar(4000), @p57 datetime2(3), @p58 bigint, @p59 varchar(55);
SET NOCOUNT ON;
INSERT INTO [IdempotencyRecords] ([CreatedAt], [Key], [MerchantId], [Mutation], [RequestHash], [ResultId])
OUTPUT INSERTED.[Id]
VALUES (@p0, @p1, @p2, @p3, @p4, @p5);
UPDATE [Operations] SET [OperationResult] = @p6
OUTPUT 1
WHERE [Id] = @p7;
INSERT INTO [Operations] ([ApiKeyId], [Channel], [ContractId], [CorrelationId], [Description], [MerchantId], [OperationAmount], [OperationCurrency], [OperationId], [OperationResult], [OperationTime], [OperationType], [OrderId], [OrderKey], [ParentOperationId], [PaymentCircuit], [PaymentInstrumentInfo], [PaymentMethod])
OUTPUT INSERTED.[Id]
VALUES (@p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23, @p24, @p25);
UPDATE [Orders] SET [CapturedAmount] = @p26, [EventSequence] = @p27, [LastOperationTime] = @p28, [LastOperationType] = @p29, [Status] = @p30, [Version] = @p31
WHERE [Id] = @p32 AND [Version] = @p33;
SELECT @@ROWCOUNT;

MERGE [OutboxEvents] USING (
VALUES (@p34, @p35, @p36, @p37, @p38, @p39, @p40, @p41, @p42, @p43, @p44, @p45, @p46, 0),
(@p47, @p48, @p49, @p50, @p51, @p52, @p53, @p54, @p55, @p56, @p57, @p58, @p59, 1)) AS i ([ClaimedBy], [ClaimedUntil], [CorrelationId], [EventId], [MerchantId], [OccurredAt], [OperationId], [OrderId], [OrderKey], [Payload], [SentAt], [Sequence], [TraceParent], _Position) ON 1=0
WHEN NOT MATCHED THEN
INSERT ([ClaimedBy], [ClaimedUntil], [CorrelationId], [EventId], [MerchantId], [OccurredAt], [OperationId], [OrderId], [OrderKey], [Payload], [SentAt], [Sequence], [TraceParent])
VALUES (i.[ClaimedBy], i.[ClaimedUntil], i.[CorrelationId], i.[EventId], i.[MerchantId], i.[OccurredAt], i.[OperationId], i.[OrderId], i.[OrderKey], i.[Payload], i.[SentAt], i.[Sequence], i.[TraceParent])
OUTPUT INSERTED.[Id], i._Position;
GO

-- cancelOperation of an open authorization (void)
DECLARE @p0 datetime2(3), @p1 varchar(64), @p2 varchar(64), @p3 varchar(24), @p4 varchar(64), @p5 varchar(32), @p7 bigint, @p6 nvarchar(24), @p8 bigint, @p9 nvarchar(24), @p10 varchar(32), @p11 varchar(64), @p12 nvarchar(255), @p13 varchar(64), @p14 bigint, @p15 char(3), @p16 varchar(32), @p17 nvarchar(24), @p18 datetime2(3), @p19 nvarchar(24), @p20 varchar(27), @p21 bigint, @p22 varchar(32), @p23 varchar(24), @p24 varchar(32), @p25 varchar(24), @p31 bigint, @p26 bigint, @p27 datetime2(3), @p28 nvarchar(24), @p29 nvarchar(24), @p30 int, @p32 int, @p33 varchar(64), @p34 datetime2(3), @p35 varchar(64), @p36 varchar(36), @p37 varchar(64), @p38 datetime2(3), @p39 varchar(32), @p40 varchar(27), @p41 bigint, @p42 nvarchar(4000), @p43 datetime2(3), @p44 bigint, @p45 varchar(55), @p46 varchar(64), @p47 datetime2(3), @p48 varchar(64), @p49 varchar(36), @p50 varchar(64), @p51 datetime2(3), @p52 varchar(32), @p53 varchar(27), @p54 bigint, @p55 nvarchar(4000), @p56 datetime2(3), @p57 bigint, @p58 varchar(55);
SET NOCOUNT ON;
INSERT INTO [IdempotencyRecords] ([CreatedAt], [Key], [MerchantId], [Mutation], [RequestHash], [ResultId])
OUTPUT INSERTED.[Id]
VALUES (@p0, @p1, @p2, @p3, @p4, @p5);
UPDATE [Operations] SET [OperationResult] = @p6
OUTPUT 1
WHERE [Id] = @p7;
INSERT INTO [Operations] ([ApiKeyId], [Channel], [ContractId], [CorrelationId], [Description], [MerchantId], [OperationAmount], [OperationCurrency], [OperationId], [OperationResult], [OperationTime], [OperationType], [OrderId], [OrderKey], [ParentOperationId], [PaymentCircuit], [PaymentInstrumentInfo], [PaymentMethod])
OUTPUT INSERTED.[Id]
VALUES (@p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23, @p24, @p25);
UPDATE [Orders] SET [EventSequence] = @p26, [LastOperationTime] = @p27, [LastOperationType] = @p28, [Status] = @p29, [Version] = @p30
WHERE [Id] = @p31 AND [Version] = @p32;
SELECT @@ROWCOUNT;

MERGE [OutboxEvents] USING (
VALUES (@p33, @p34, @p35, @p36, @p37, @p38, @p39, @p40, @p41, @p42, @p43, @p44, @p45, 0),
(@p46, @p47, @p48, @p49, @p50, @p51, @p52, @p53, @p54, @p55, @p56, @p57, @p58, 1)) AS i ([ClaimedBy], [ClaimedUntil], [CorrelationId], [EventId], [MerchantId], [OccurredAt], [OperationId], [OrderId], [OrderKey], [Payload], [SentAt], [Sequence], [TraceParent], _Position) ON 1=0
WHEN NOT MATCHED THEN
INSERT ([ClaimedBy], [ClaimedUntil], [CorrelationId], [EventId], [MerchantId], [OccurredAt], [OperationId], [OrderId], [OrderKey], [Payload], [SentAt], [Sequence], [TraceParent])
VALUES (i.[ClaimedBy], i.[ClaimedUntil], i.[CorrelationId], i.[EventId], i.[MerchantId], i.[OccurredAt], i.[OperationId], i.[OrderId], i.[OrderKey], i.[Payload], i.[SentAt], i.[Sequence], i.[TraceParent])
OUTPUT INSERTED.[Id], i._Position;
GO

-- deactivateContract
DECLARE @ef_filter__CurrentMerchantId varchar(64), @command_ContractId varchar(32);
SELECT TOP(1) [c].[Id], [c].[ContractExpiryDate], [c].[ContractId], [c].[ContractType], [c].[CreatedAt], [c].[CustomerId], [c].[DeactivatedAt], [c].[DeactivatedByApiKeyId], [c].[DeactivationCorrelationId], [c].[ExpiryDate], [c].[FrequencyDays], [c].[MerchantId], [c].[PaymentCircuit], [c].[PaymentInstrumentInfo], [c].[PaymentMethod], [c].[Status]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[ContractId] = @command_ContractId
GO

-- deactivateContract
DECLARE @p4 bigint, @p0 datetime2(3), @p1 bigint, @p2 varchar(64), @p3 nvarchar(24), @p5 nvarchar(24), @p6 datetime2(3), @p7 varchar(64), @p8 varchar(64), @p9 varchar(24), @p10 varchar(64), @p11 varchar(32);
SET NOCOUNT ON;
UPDATE [Contracts] SET [DeactivatedAt] = @p0, [DeactivatedByApiKeyId] = @p1, [DeactivationCorrelationId] = @p2, [Status] = @p3
OUTPUT 1
WHERE [Id] = @p4 AND [Status] = @p5;
INSERT INTO [IdempotencyRecords] ([CreatedAt], [Key], [MerchantId], [Mutation], [RequestHash], [ResultId])
OUTPUT INSERTED.[Id]
VALUES (@p6, @p7, @p8, @p9, @p10, @p11);
GO

-- captureOperation replayed by its idempotency key
DECLARE @ef_filter__CurrentMerchantId varchar(64), @resultId varchar(32);
SELECT TOP(1) [o].[Id], [o].[ApiKeyId], [o].[Channel], [o].[ContractId], [o].[CorrelationId], [o].[Description], [o].[MerchantId], [o].[OperationAmount], [o].[OperationCurrency], [o].[OperationId], [o].[OperationResult], [o].[OperationTime], [o].[OperationType], [o].[OrderId], [o].[OrderKey], [o].[ParentOperationId], [o].[PaymentCircuit], [o].[PaymentInstrumentInfo], [o].[PaymentMethod]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationId] = @resultId
GO

-- captureOperation replayed by its idempotency key
DECLARE @ef_filter__CurrentMerchantId varchar(64), @operation_OrderKey bigint;
SELECT TOP(1) [o].[Id], [o].[Amount], [o].[AuthorizedAmount], [o].[CapturedAmount], [o].[Channel], [o].[CreatedAt], [o].[Currency], [o].[CustomField], [o].[CustomerId], [o].[Description], [o].[EventSequence], [o].[LastOperationTime], [o].[LastOperationType], [o].[MerchantId], [o].[OrderId], [o].[RefundedAmount], [o].[Status], [o].[Version]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Id] = @operation_OrderKey
GO

-- deactivateContract replayed by its idempotency key
DECLARE @ef_filter__CurrentMerchantId varchar(64), @resultId varchar(32);
SELECT TOP(1) [c].[Id], [c].[ContractExpiryDate], [c].[ContractId], [c].[ContractType], [c].[CreatedAt], [c].[CustomerId], [c].[DeactivatedAt], [c].[DeactivatedByApiKeyId], [c].[DeactivationCorrelationId], [c].[ExpiryDate], [c].[FrequencyDays], [c].[MerchantId], [c].[PaymentCircuit], [c].[PaymentInstrumentInfo], [c].[PaymentMethod], [c].[Status]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[ContractId] = @resultId
GO

-- REST GET /orders
DECLARE @ef_filter__CurrentMerchantId varchar(64), @window_From datetime2(3), @window_To datetime2(3);
SELECT TOP(20) [o].[Id], [o].[Amount], [o].[AuthorizedAmount], [o].[CapturedAmount], [o].[Channel], [o].[CreatedAt], [o].[Currency], [o].[CustomField], [o].[CustomerId], [o].[Description], [o].[EventSequence], [o].[LastOperationTime], [o].[LastOperationType], [o].[MerchantId], [o].[OrderId], [o].[RefundedAmount], [o].[Status], [o].[Version]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] >= @window_From AND [o].[LastOperationTime] <= @window_To
ORDER BY [o].[LastOperationTime] DESC, [o].[Id] DESC
GO

-- REST GET /orders?orderId=ORD1&amountType=ORDER_AMOUNT&minAmount=1&maxAmount=100000&orderState=TO_CAPTURE&customField=ref-1&maxRecords=5
DECLARE @ef_filter__CurrentMerchantId varchar(64), @window_From datetime2(3), @window_To datetime2(3), @orderId varchar(27), @customField nvarchar(255), @min bigint, @max bigint;
SELECT TOP(5) [o].[Id], [o].[Amount], [o].[AuthorizedAmount], [o].[CapturedAmount], [o].[Channel], [o].[CreatedAt], [o].[Currency], [o].[CustomField], [o].[CustomerId], [o].[Description], [o].[EventSequence], [o].[LastOperationTime], [o].[LastOperationType], [o].[MerchantId], [o].[OrderId], [o].[RefundedAmount], [o].[Status], [o].[Version]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] >= @window_From AND [o].[LastOperationTime] <= @window_To AND [o].[OrderId] = @orderId AND [o].[CustomField] = @customField AND [o].[Amount] >= @min AND [o].[Amount] <= @max AND [o].[Status] IN (N'Authorized', N'PartiallyCaptured')
ORDER BY [o].[LastOperationTime] DESC, [o].[Id] DESC
GO

-- REST GET /orders?amountType=AUTHORIZED_AMOUNT&minAmount=1&orderState=CAPTURED
DECLARE @ef_filter__CurrentMerchantId varchar(64), @window_From datetime2(3), @window_To datetime2(3), @min bigint;
SELECT TOP(20) [o].[Id], [o].[Amount], [o].[AuthorizedAmount], [o].[CapturedAmount], [o].[Channel], [o].[CreatedAt], [o].[Currency], [o].[CustomField], [o].[CustomerId], [o].[Description], [o].[EventSequence], [o].[LastOperationTime], [o].[LastOperationType], [o].[MerchantId], [o].[OrderId], [o].[RefundedAmount], [o].[Status], [o].[Version]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] >= @window_From AND [o].[LastOperationTime] <= @window_To AND [o].[AuthorizedAmount] >= @min AND [o].[CapturedAmount] > CAST(0 AS bigint)
ORDER BY [o].[LastOperationTime] DESC, [o].[Id] DESC
GO

-- REST GET /orders?amountType=CAPTURED_AMOUNT&maxAmount=100000
DECLARE @ef_filter__CurrentMerchantId varchar(64), @window_From datetime2(3), @window_To datetime2(3), @max bigint;
SELECT TOP(20) [o].[Id], [o].[Amount], [o].[AuthorizedAmount], [o].[CapturedAmount], [o].[Channel], [o].[CreatedAt], [o].[Currency], [o].[CustomField], [o].[CustomerId], [o].[Description], [o].[EventSequence], [o].[LastOperationTime], [o].[LastOperationType], [o].[MerchantId], [o].[OrderId], [o].[RefundedAmount], [o].[Status], [o].[Version]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[LastOperationTime] >= @window_From AND [o].[LastOperationTime] <= @window_To AND [o].[CapturedAmount] <= @max
ORDER BY [o].[LastOperationTime] DESC, [o].[Id] DESC
GO

-- REST GET /orders/ORD1
DECLARE @ef_filter__CurrentMerchantId varchar(64), @orderId varchar(27);
SELECT [o1].[Id], [o1].[Amount], [o1].[AuthorizedAmount], [o1].[CapturedAmount], [o1].[Channel], [o1].[CreatedAt], [o1].[Currency], [o1].[CustomField], [o1].[CustomerId], [o1].[Description], [o1].[EventSequence], [o1].[LastOperationTime], [o1].[LastOperationType], [o1].[MerchantId], [o1].[OrderId], [o1].[RefundedAmount], [o1].[Status], [o1].[Version], [o2].[Id], [o2].[ApiKeyId], [o2].[Channel], [o2].[ContractId], [o2].[CorrelationId], [o2].[Description], [o2].[MerchantId], [o2].[OperationAmount], [o2].[OperationCurrency], [o2].[OperationId], [o2].[OperationResult], [o2].[OperationTime], [o2].[OperationType], [o2].[OrderId], [o2].[OrderKey], [o2].[ParentOperationId], [o2].[PaymentCircuit], [o2].[PaymentInstrumentInfo], [o2].[PaymentMethod]
FROM (
    SELECT TOP(1) [o].[Id], [o].[Amount], [o].[AuthorizedAmount], [o].[CapturedAmount], [o].[Channel], [o].[CreatedAt], [o].[Currency], [o].[CustomField], [o].[CustomerId], [o].[Description], [o].[EventSequence], [o].[LastOperationTime], [o].[LastOperationType], [o].[MerchantId], [o].[OrderId], [o].[RefundedAmount], [o].[Status], [o].[Version]
    FROM [Orders] AS [o]
    WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OrderId] = @orderId
) AS [o1]
LEFT JOIN (
    SELECT [o0].[Id], [o0].[ApiKeyId], [o0].[Channel], [o0].[ContractId], [o0].[CorrelationId], [o0].[Description], [o0].[MerchantId], [o0].[OperationAmount], [o0].[OperationCurrency], [o0].[OperationId], [o0].[OperationResult], [o0].[OperationTime], [o0].[OperationType], [o0].[OrderId], [o0].[OrderKey], [o0].[ParentOperationId], [o0].[PaymentCircuit], [o0].[PaymentInstrumentInfo], [o0].[PaymentMethod]
    FROM [Operations] AS [o0]
    WHERE [o0].[MerchantId] = @ef_filter__CurrentMerchantId
) AS [o2] ON [o1].[Id] = [o2].[OrderKey]
ORDER BY [o1].[Id]
GO

-- REST GET /operations
DECLARE @ef_filter__CurrentMerchantId varchar(64), @window_From datetime2(3), @window_To datetime2(3);
SELECT TOP(20) [o].[Id], [o].[ApiKeyId], [o].[Channel], [o].[ContractId], [o].[CorrelationId], [o].[Description], [o].[MerchantId], [o].[OperationAmount], [o].[OperationCurrency], [o].[OperationId], [o].[OperationResult], [o].[OperationTime], [o].[OperationType], [o].[OrderId], [o].[OrderKey], [o].[ParentOperationId], [o].[PaymentCircuit], [o].[PaymentInstrumentInfo], [o].[PaymentMethod]
FROM [Operations] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] >= @window_From AND [o].[OperationTime] <= @window_To
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- REST GET /operations?channel=ECOMMERCE&operationType=CAPTURE&customField=ref-1&maxRecords=5
DECLARE @ef_filter__CurrentMerchantId varchar(64), @window_From datetime2(3), @window_To datetime2(3), @parsed nvarchar(24), @parsed3 nvarchar(24), @customField nvarchar(255);
SELECT TOP(5) [o].[Id], [o].[ApiKeyId], [o].[Channel], [o].[ContractId], [o].[CorrelationId], [o].[Description], [o].[MerchantId], [o].[OperationAmount], [o].[OperationCurrency], [o].[OperationId], [o].[OperationResult], [o].[OperationTime], [o].[OperationType], [o].[OrderId], [o].[OrderKey], [o].[ParentOperationId], [o].[PaymentCircuit], [o].[PaymentInstrumentInfo], [o].[PaymentMethod]
FROM [Operations] AS [o]
INNER JOIN (
    SELECT [o0].[Id], [o0].[CustomField]
    FROM [Orders] AS [o0]
    WHERE [o0].[MerchantId] = @ef_filter__CurrentMerchantId
) AS [o1] ON [o].[OrderKey] = [o1].[Id]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[OperationTime] >= @window_From AND [o].[OperationTime] <= @window_To AND [o].[Channel] = @parsed AND [o].[OperationType] = @parsed3 AND [o1].[CustomField] = @customField
ORDER BY [o].[OperationTime] DESC, [o].[Id] DESC
GO

-- REST GET /operations/OPORD1/actions
DECLARE @ef_filter__CurrentMerchantId varchar(64), @operationId varchar(32);
SELECT [o2].[Id], [o2].[Amount], [o2].[AuthorizedAmount], [o2].[CapturedAmount], [o2].[Channel], [o2].[CreatedAt], [o2].[Currency], [o2].[CustomField], [o2].[CustomerId], [o2].[Description], [o2].[EventSequence], [o2].[LastOperationTime], [o2].[LastOperationType], [o2].[MerchantId], [o2].[OrderId], [o2].[RefundedAmount], [o2].[Status], [o2].[Version], [o3].[Id], [o3].[ApiKeyId], [o3].[Channel], [o3].[ContractId], [o3].[CorrelationId], [o3].[Description], [o3].[MerchantId], [o3].[OperationAmount], [o3].[OperationCurrency], [o3].[OperationId], [o3].[OperationResult], [o3].[OperationTime], [o3].[OperationType], [o3].[OrderId], [o3].[OrderKey], [o3].[ParentOperationId], [o3].[PaymentCircuit], [o3].[PaymentInstrumentInfo], [o3].[PaymentMethod]
FROM (
    SELECT TOP(1) [o].[Id], [o].[Amount], [o].[AuthorizedAmount], [o].[CapturedAmount], [o].[Channel], [o].[CreatedAt], [o].[Currency], [o].[CustomField], [o].[CustomerId], [o].[Description], [o].[EventSequence], [o].[LastOperationTime], [o].[LastOperationType], [o].[MerchantId], [o].[OrderId], [o].[RefundedAmount], [o].[Status], [o].[Version]
    FROM [Orders] AS [o]
    WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId AND EXISTS (
        SELECT 1
        FROM [Operations] AS [o0]
        WHERE [o0].[MerchantId] = @ef_filter__CurrentMerchantId AND [o].[Id] = [o0].[OrderKey] AND [o0].[OperationId] = @operationId)
) AS [o2]
LEFT JOIN (
    SELECT [o1].[Id], [o1].[ApiKeyId], [o1].[Channel], [o1].[ContractId], [o1].[CorrelationId], [o1].[Description], [o1].[MerchantId], [o1].[OperationAmount], [o1].[OperationCurrency], [o1].[OperationId], [o1].[OperationResult], [o1].[OperationTime], [o1].[OperationType], [o1].[OrderId], [o1].[OrderKey], [o1].[ParentOperationId], [o1].[PaymentCircuit], [o1].[PaymentInstrumentInfo], [o1].[PaymentMethod]
    FROM [Operations] AS [o1]
    WHERE [o1].[MerchantId] = @ef_filter__CurrentMerchantId
) AS [o3] ON [o2].[Id] = [o3].[OrderKey]
ORDER BY [o2].[Id]
GO

-- REST GET /contracts/customers/CUST00001
DECLARE @ef_filter__CurrentMerchantId varchar(64), @customerId varchar(27);
SELECT [c].[Id], [c].[ContractExpiryDate], [c].[ContractId], [c].[ContractType], [c].[CreatedAt], [c].[CustomerId], [c].[DeactivatedAt], [c].[DeactivatedByApiKeyId], [c].[DeactivationCorrelationId], [c].[ExpiryDate], [c].[FrequencyDays], [c].[MerchantId], [c].[PaymentCircuit], [c].[PaymentInstrumentInfo], [c].[PaymentMethod], [c].[Status]
FROM [Contracts] AS [c]
WHERE [c].[MerchantId] = @ef_filter__CurrentMerchantId AND [c].[CustomerId] = @customerId AND [c].[Status] = N'Active'
ORDER BY [c].[Id]
GO

-- persisted query registered
DECLARE @ef_filter__CurrentMerchantId varchar(64), @hash varchar(64);
SELECT TOP(1) [r].[Text]
FROM [RegisteredDocuments] AS [r]
WHERE [r].[MerchantId] = @ef_filter__CurrentMerchantId AND [r].[Hash] = @hash
GO

-- persisted query registered
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT TOP(2) [o].[CreatedAt], [o].[Id], [o].[OrderId]
FROM [Orders] AS [o]
WHERE [o].[MerchantId] = @ef_filter__CurrentMerchantId
ORDER BY [o].[CreatedAt] DESC, [o].[Id] DESC
GO

-- persisted query registered
DECLARE @ef_filter__CurrentMerchantId varchar(64);
SELECT COUNT(*)
FROM [RegisteredDocuments] AS [r]
WHERE [r].[MerchantId] = @ef_filter__CurrentMerchantId
GO

-- persisted query registered
DECLARE @p0 bigint, @p1 varchar(64), @p2 varchar(64), @p3 datetime2(3), @p4 nvarchar(4000);
SET IMPLICIT_TRANSACTIONS OFF;
SET NOCOUNT ON;
INSERT INTO [RegisteredDocuments] ([ApiKeyId], [Hash], [MerchantId], [RegisteredAt], [Text])
OUTPUT INSERTED.[Id]
VALUES (@p0, @p1, @p2, @p3, @p4);
GO

-- outbox dispatcher round (claim, release, mark sent)
DECLARE @now datetime2(3);
SELECT TOP(200) [o].[Id]
FROM [OutboxEvents] AS [o]
WHERE [o].[SentAt] IS NULL AND ([o].[ClaimedUntil] IS NULL OR [o].[ClaimedUntil] < @now)
ORDER BY [o].[Id]
GO

-- outbox dispatcher round (claim, release, mark sent)
DECLARE @p varchar(64), @p3 datetime2(3), @candidates1 bigint, @candidates2 bigint, @now datetime2(3);
UPDATE [o]
SET [o].[ClaimedBy] = @p,
    [o].[ClaimedUntil] = @p3
FROM [OutboxEvents] AS [o]
WHERE [o].[Id] IN (@candidates1, @candidates2) AND [o].[SentAt] IS NULL AND ([o].[ClaimedUntil] IS NULL OR [o].[ClaimedUntil] < @now)
GO

-- outbox dispatcher round (claim, release, mark sent)
DECLARE @token varchar(64);
SELECT [o].[Id], [o].[ClaimedBy], [o].[ClaimedUntil], [o].[CorrelationId], [o].[EventId], [o].[MerchantId], [o].[OccurredAt], [o].[OperationId], [o].[OrderId], [o].[OrderKey], [o].[Payload], [o].[SentAt], [o].[Sequence], [o].[TraceParent]
FROM [OutboxEvents] AS [o]
WHERE [o].[SentAt] IS NULL AND [o].[ClaimedBy] = @token
ORDER BY [o].[Id]
GO

-- outbox dispatcher round (claim, release, mark sent)
DECLARE @orders1 bigint, @token varchar(64);
SELECT [o].[OrderKey], MIN([o].[Sequence]) AS [First]
FROM [OutboxEvents] AS [o]
WHERE [o].[OrderKey] = @orders1 AND [o].[SentAt] IS NULL AND ([o].[ClaimedBy] <> @token OR [o].[ClaimedBy] IS NULL)
GROUP BY [o].[OrderKey]
GO

-- outbox dispatcher round (claim, release, mark sent)
DECLARE @release1 bigint;
UPDATE [o]
SET [o].[ClaimedBy] = NULL,
    [o].[ClaimedUntil] = NULL
FROM [OutboxEvents] AS [o]
WHERE [o].[Id] = @release1
GO

-- outbox dispatcher round (claim, release, mark sent)
DECLARE @p datetime2(3), @published1 bigint;
UPDATE [o]
SET [o].[SentAt] = @p
FROM [OutboxEvents] AS [o]
WHERE [o].[Id] = @published1
GO

-- idempotency cleanup round
DECLARE @cutoff datetime2(3);
DELETE FROM [i]
FROM [IdempotencyRecords] AS [i]
WHERE [i].[CreatedAt] < @cutoff
GO

