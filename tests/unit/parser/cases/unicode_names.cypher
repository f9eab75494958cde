MATCH (é:Zelle {名前: 'x'}) RETURN é.名前 AS 名
