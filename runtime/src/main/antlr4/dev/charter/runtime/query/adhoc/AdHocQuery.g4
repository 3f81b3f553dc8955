/*
 * Ad-hoc query statements, parsed at run time (REST, CLI): the statement part of a named query in
 * queries.qry, exactly as the Xtext grammar (dsl-grammar, rule SelectStatement) reads it — the same
 * keywords, names, literals and comments. QueryGrammarCorpusTest proves both accept and reject the
 * same statements.
 */
grammar AdHocQuery;

statement
    : 'SELECT' qualifiedName ('FROM' validId)? ('WHERE' condition)? orderBy? ('LIMIT' limit=operand)?
      ('SKIP' skip=operand)? EOF
    ;

orderBy
    : 'ORDER' 'BY' (orderItem | '[' orderItem (',' orderItem)* ']')
    ;

orderItem
    : path direction=('ASC' | 'DESC')?
    ;

condition
    : conjunction ('OR' conjunction)*
    ;

conjunction
    : comparison ('AND' comparison)*
    ;

comparison
    : left=primary (operator=('==' | '!=' | '<' | '<=' | '>' | '>=' | 'CONTAINS') right=primary)?
    ;

primary
    : '(' condition ')'  # group
    | operand            # value
    ;

operand
    : path                                # fieldPath
    | PARAM                               # parameter
    | STRING                              # string
    | '-'? NUMBER                         # number
    | ('true' | 'false')                  # boolean
    | '[' (operand (',' operand)*)? ']'   # list
    ;

path
    : queryName ('.' queryName)*
    ;

qualifiedName
    : validId ('.' validId)*
    ;

/* Names a path may use: no word of the query, logic or access-rule languages that has a meaning there. */
queryName
    : ID
    | 'namespace' | 'import' | 'abstract' | 'asset' | 'participant' | 'transaction' | 'event'
    | 'concept' | 'enum' | 'identified' | 'by' | 'extends' | 'default' | 'range' | 'optional'
    | 'rule' | 'description' | 'operation' | 'resource' | 'condition' | 'action' | 'statement'
    ;

/* Names a type may use: every keyword but 'o' and the primitive types. */
validId
    : queryName
    | 'ALL' | 'CREATE' | 'READ' | 'UPDATE' | 'DELETE' | 'ALLOW' | 'DENY'
    | 'on' | 'function' | 'let' | 'if' | 'else' | 'for' | 'in' | 'require' | 'fail' | 'return'
    | 'add' | 'update' | 'remove' | 'emit' | 'new' | 'get' | 'exists' | 'query' | 'is'
    | 'currentParticipant' | 'and' | 'or' | 'not' | 'null' | 'true' | 'false'
    | 'SELECT' | 'FROM' | 'WHERE' | 'ORDER' | 'BY' | 'LIMIT' | 'SKIP' | 'AND' | 'OR' | 'CONTAINS'
    | 'ASC' | 'DESC'
    ;

/* Keywords of the other languages that no query rule uses: reserved, so that they are not names. */
reserved
    : 'o' | 'String' | 'Boolean' | 'DateTime' | 'Integer' | 'Long' | 'Double'
    ;

PARAM      : '_$' [a-zA-Z_$0-9]+ ;
ID         : [a-zA-Z_$] [a-zA-Z_$0-9]* ;
NUMBER     : [0-9]+ ('.' [0-9]+)? ([eE] [+-]? [0-9]+)? ;
STRING     : '"' ('\\' . | ~[\\"])* '"' | '\'' ('\\' . | ~[\\'])* '\'' ;
ML_COMMENT : '/*' .*? '*/' -> skip ;
SL_COMMENT : '//' ~[\n\r]* ('\r'? '\n')? -> skip ;
WS         : [ \t\r\n]+ -> skip ;
ANY_OTHER  : . ;
